# Decimals compare with Fractions exactly, in both orders.
from decimal import Decimal
from fractions import Fraction
print(Decimal(1) == Fraction(1), Fraction(1) == Decimal(1), Decimal("0.5") == Fraction(1, 2))
print(Decimal("0.3") == Fraction(3, 10), Decimal("0.33") < Fraction(1, 3), Decimal("0.34") > Fraction(1, 3))
print(Fraction(1, 3) < Decimal("0.34"), Decimal("-1.5") <= Fraction(-3, 2), Decimal("NaN") == Fraction(1))
print(Decimal("Infinity") > Fraction(10**30), Decimal(2) != Fraction(2), Decimal(1) == 1.0, Decimal(1) < 2)
print(Decimal("1.0") == 1, Decimal(1) == "1", Decimal(3) >= Fraction(7, 2))
print(sorted([Fraction(1, 2), Decimal("0.25"), Decimal("0.75")]))
