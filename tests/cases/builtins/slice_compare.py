# Slices compare as (start, stop, step) tuples and are unhashable in 3.11.
a, b = slice(1, 2), slice(1, 2, None)
print(a == b, a != b, a == slice(1, 3), a < slice(1, 3), a <= b, slice(2) > slice(1), slice(None) == slice(None))
print(sorted([slice(3, 1, 1), slice(1, 5, 2), slice(1, 5, 1)]))
print(slice(1, 2) == (1, 2, None), slice(0) == 0)
for op in ["<", ">="]:
    try:
        print(eval(f"slice(1) {op} 1"))
    except TypeError as e:
        print("TypeError:", e)
try:
    slice(None, 1) < slice(1, 1)
except TypeError as e:
    print("TypeError:", e)
for bad in [lambda: hash(slice(1)), lambda: {slice(1): 2}, lambda: {slice(1)}]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
