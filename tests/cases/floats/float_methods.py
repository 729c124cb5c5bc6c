values = [0.0, -0.0, 1.5, -2.25, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 123456.789, -1e-5, 3.0, 2.0 ** 60]
for x in values:
    print(repr(x), x.is_integer(), x.as_integer_ratio(), x.hex(), x.conjugate(), x.real, x.imag)
for x in [float("inf"), float("-inf"), float("nan")]:
    print(x.hex(), x.is_integer())
    try:
        x.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
n, d = (0.3).as_integer_ratio()
print(n / d == 0.3, n, d)
try:
    (1.5).is_integer(1)
except TypeError as e:
    print("TypeError:", e)
