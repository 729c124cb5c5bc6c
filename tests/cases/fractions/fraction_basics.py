import math
from fractions import Fraction as F

print(F(3, 6), repr(F(3, 6)), F(-4, -8), F(4, -8), F(5), F(), F(0, 5))
print(F("3/4"), F(" -1.25 "), F("2e3"), F("1.5e-2"), F("7"), F(".5"), F(0.1), F(2.5), F(F(1, 3)))
print(F(1, 3) + F(1, 6), F(1, 2) - 1, 2 * F(1, 3), F(3, 4) / F(1, 2), 1 / F(3, 7), F(7, 2) // 2, F(7, 2) % 1)
print(F(1, 2) + 0.25, 0.5 * F(1, 4), F(2, 3) ** 2, F(2, 3) ** -2, 2 ** F(3), F(4) ** F(1, 2), divmod(F(7, 3), F(1, 2)))
print(-F(1, 2), +F(1, 2), abs(F(-3, 4)), int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), float(F(1, 3)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(22, 7), 2), round(F(1234, 1), -2), bool(F(0)), bool(F(1, 9)))
print(F(1, 2) == F(2, 4), F(1, 2) == 0.5, F(2) == 2, F(1, 3) == 1 / 3, F(1, 2) < F(2, 3), F(1, 2) > 0.4, 1 < F(3, 2), F(1, 2) <= 0.5)
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)) == hash(F(2, 6)), hash(F(-1, 2)) == hash(-0.5))
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(100), F(1, 3).limit_denominator(10))
print(F(5, 7).numerator, F(5, 7).denominator, F(6, 4).as_integer_ratio(), F.from_float(0.75), F.from_float(3))
print(sum([F(1, n) for n in range(1, 6)]), sorted([F(1, 2), F(1, 3), 0.4, 1]), max(F(2, 3), F(3, 4)))
print({F(1, 2): "half"}[F(2, 4)], str(F(10, 5)), f"{F(1, 3)}")
for bad in [lambda: F(1, 0), lambda: F("abc"), lambda: F("1/0"), lambda: F(1.5, 2), lambda: F(1) / 0,
            lambda: F([1]), lambda: F(1, 2).limit_denominator(0), lambda: F(0) ** -1]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
