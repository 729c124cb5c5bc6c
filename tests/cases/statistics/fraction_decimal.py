import statistics
from fractions import Fraction
from decimal import Decimal
print(statistics.mean([Fraction(1, 3), Fraction(2, 3)]))
print(statistics.mean([Fraction(1, 3), 1]))
print(statistics.mean([Decimal("1.5"), Decimal("2.25")]))
print(statistics.variance([Fraction(1, 3), Fraction(2, 3), 2]))
print(statistics.mean([Fraction(1, 2), 0.5]))
print(statistics.median([Fraction(1, 3), Fraction(2, 3)]))
print(statistics.pvariance([Decimal("1.5"), Decimal("2.5"), 4]))
try:
    statistics.mean([Fraction(1), Decimal(1)])
except TypeError as e:
    # The two names come in the order of a set of types, which follows their ids.
    print(sorted(str(e).removeprefix("don't know how to coerce ").split(" and ")))
try:
    statistics.mean(["a"])
except TypeError as e:
    print(e)
print(statistics.stdev([Fraction(1), Fraction(3)]))
print(statistics.harmonic_mean([Fraction(1), Fraction(3)]))
