"""divmod() asks __divmod__ then __rdivmod__, and refuses what is not a number."""
class M:
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
print(divmod(M(), 3), divmod(3, M()))
class F:
    def __floordiv__(self, o): return 1
    def __mod__(self, o): return 2
try: print(divmod(F(), 3))
except TypeError as e: print(e)
from fractions import Fraction
from decimal import Decimal
print(divmod(Fraction(7, 2), 1), divmod(Decimal(7), 2), divmod(7, Fraction(2)), divmod(True, 2))
try: divmod(1, 'a')
except TypeError as e: print(e)
try: divmod([], [])
except TypeError as e: print(e)
class I(int): pass
class J(int):
    def __rdivmod__(self, o): return "J!"
print(divmod(I(7), 2), divmod(7, I(2)), divmod(I(7), I(2)), divmod(I(7), 2.5), divmod(3, J(1)))
try: divmod(I(1), 'a')
except TypeError as e: print(e)
try: divmod(1j, 1)
except TypeError as e: print(e)
import datetime
print(divmod(datetime.timedelta(hours=5), datetime.timedelta(hours=2)))
print(divmod(Fraction(7), Fraction(2)), divmod(2.5, Fraction(1, 2)), divmod(Decimal(7), Decimal(-2)), divmod(7, Decimal(2)))
