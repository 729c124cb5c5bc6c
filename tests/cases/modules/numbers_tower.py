import numbers
from fractions import Fraction
from decimal import Decimal

for v in [1, True, 1.5, Fraction(1, 3), Decimal('1.5'), 'x', None]:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(bool, numbers.Number))


class Meters(numbers.Integral):
    pass


try:
    Meters()
except TypeError as e:
    print('TypeError', str(e).split(' with ')[0])
print(sorted(numbers.__all__), numbers.Integral.__mro__[1].__name__, numbers.Number.__hash__)
