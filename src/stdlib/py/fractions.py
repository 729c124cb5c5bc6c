"""Rational numbers: Fraction(numerator, denominator), kept in lowest terms
with a positive denominator. Arithmetic with ints stays exact; with floats
it gives floats."""

import math
import numbers as _numbers

__all__ = ['Fraction']

_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159


def _parse(text):
    """(numerator, denominator) of '3/4', '-1.5', '2e3', ' 7 '."""
    s = text.strip().replace('_', '')
    if '/' in s:
        num, _, den = s.partition('/')
        if not (num.lstrip('+-').isdigit() and den.isdigit()):
            return None
        return int(num), int(den)
    sign = -1 if s.startswith('-') else 1
    s = s.lstrip('+-') if s[:1] in '+-' else s
    mantissa, exponent = s, 0
    for e in 'eE':
        if e in s:
            mantissa, _, exp_text = s.partition(e)
            if not exp_text.lstrip('+-').isdigit() or exp_text[:1] not in '+-0123456789':
                return None
            exponent = int(exp_text)
            break
    whole, dot, frac = mantissa.partition('.')
    if not (whole or frac) or (whole and not whole.isdigit()) or (frac and not frac.isdigit()):
        return None
    num = int(whole + frac or '0')
    den = 10 ** len(frac)
    if exponent >= 0:
        num *= 10 ** exponent
    else:
        den *= 10 ** -exponent
    return sign * num, den


class Fraction:
    """A rational number; Fraction(3, 6) == Fraction(1, 2)."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = super().__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator, self._denominator = int(numerator), 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator, self._denominator = numerator._numerator, numerator._denominator
                return self
            if isinstance(numerator, float):
                numerator, denominator = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError(f'Invalid literal for Fraction: {numerator!r}')
                numerator, denominator = parsed
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                n = Fraction(numerator)
                d = Fraction(denominator)
                numerator = n._numerator * d._denominator
                denominator = n._denominator * d._numerator
            else:
                numerator, denominator = int(numerator), int(denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)  # CPython: fractions.py:157
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f'{cls.__name__}.from_float() only takes floats, not {f!r} ({type(f).__name__})')
        return cls(*f.as_integer_ratio())

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with a denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1)
        return Fraction(p0 + k * p1, q0 + k * q1)

    def __repr__(self):
        return f'{type(self).__name__}({self._numerator}, {self._denominator})'

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f'{self._numerator}/{self._denominator}'

    # Arithmetic: exact with ints and Fractions, float with floats.

    @staticmethod
    def _operand(other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def _apply(self, other, exact, inexact):
        o = Fraction._operand(other)
        if o is not None:
            return exact(self, o)
        if isinstance(other, float):
            return inexact(self.__float__(), other)
        return NotImplemented

    def _rapply(self, other, exact, inexact):
        o = Fraction._operand(other)
        if o is not None:
            return exact(o, self)
        if isinstance(other, float):
            return inexact(other, self.__float__())
        return NotImplemented

    @staticmethod
    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    @staticmethod
    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    @staticmethod
    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    @staticmethod
    def _div(a, b):
        if b._numerator == 0:
            raise ZeroDivisionError(f'Fraction({a._numerator * b._denominator}, 0)')
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    @staticmethod
    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    @staticmethod
    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    def __add__(self, other):
        return self._apply(other, Fraction._add, lambda x, y: x + y)

    def __radd__(self, other):
        return self._rapply(other, Fraction._add, lambda x, y: x + y)

    def __sub__(self, other):
        return self._apply(other, Fraction._sub, lambda x, y: x - y)

    def __rsub__(self, other):
        return self._rapply(other, Fraction._sub, lambda x, y: x - y)

    def __mul__(self, other):
        return self._apply(other, Fraction._mul, lambda x, y: x * y)

    def __rmul__(self, other):
        return self._rapply(other, Fraction._mul, lambda x, y: x * y)

    def __truediv__(self, other):
        return self._apply(other, Fraction._div, lambda x, y: x / y)

    def __rtruediv__(self, other):
        return self._rapply(other, Fraction._div, lambda x, y: x / y)

    def __floordiv__(self, other):
        return self._apply(other, Fraction._floordiv, lambda x, y: x // y)

    def __rfloordiv__(self, other):
        return self._rapply(other, Fraction._floordiv, lambda x, y: x // y)

    def __mod__(self, other):
        return self._apply(other, Fraction._mod, lambda x, y: x % y)

    def __rmod__(self, other):
        return self._rapply(other, Fraction._mod, lambda x, y: x % y)

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    def __pow__(self, other):
        if isinstance(other, int):
            if other >= 0:
                return Fraction(self._numerator ** other, self._denominator ** other)
            if self._numerator == 0:
                raise ZeroDivisionError(f'Fraction({self._denominator ** -other}, 0)')
            return Fraction(self._denominator ** -other, self._numerator ** -other)
        if isinstance(other, Fraction) and other._denominator == 1:
            return self ** other._numerator
        if isinstance(other, Fraction):
            other = other.__float__()
        return self.__float__() ** other

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        if isinstance(other, int):
            return Fraction(other) ** self
        return other ** self.__float__()

    def __pos__(self):
        return Fraction(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator)

    def __trunc__(self):
        n, d = self._numerator, self._denominator
        return -(-n // d) if n < 0 else n // d

    def __int__(self):
        return self.__trunc__()

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        inverse = pow(self._denominator, _HASH_MODULUS - 2, _HASH_MODULUS)
        if not inverse:
            result = _HASH_INF
        else:
            result = hash(hash(abs(self._numerator)) * inverse)
        result = result if self._numerator >= 0 else -result
        return -2 if result == -1 else result

    def __eq__(self, other):
        if isinstance(other, Fraction):
            return (self._numerator == other._numerator
                    and self._denominator == other._denominator)
        if isinstance(other, int):
            return self._denominator == 1 and self._numerator == other
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return False
            return self == Fraction(other)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, (int, Fraction)):
            o = Fraction(other)
            return op(self._numerator * o._denominator, o._numerator * self._denominator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return self._compare(Fraction(other), op)
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_numbers.Rational.register(Fraction)
