# dict | dict, |=, and the set operators and comparisons of keys and items views.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {} | {})
c = dict(a)
c |= b
c |= [("w", 0)]
print(c)


class D(dict):
    pass


print(type(D(a) | b).__name__, D(a) | b)
for bad in [lambda: a | [1], lambda: a | None]:
    try:
        bad()
    except TypeError as e:
        print(e)
try:
    c |= 5
except TypeError as e:
    print(e)

k1, k2 = a.keys(), b.keys()
print(k1 & k2, sorted(k1 | k2), k1 - k2, sorted(k1 ^ k2), k1 & ["x"], {"x", "q"} & k1)
print(a.items() & b.items(), a.items() - {("x", 1)}, sorted(a.items() | b.items()))
print(k1 == {"x", "y"}, k1 <= {"x", "y", "z"}, k1 < k1, a.items() <= c.items() | a.items())
print(k1 == ["x", "y"], a.values() == a.values())
try:
    k1 & 5
except TypeError as e:
    print(e)
