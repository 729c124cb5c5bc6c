"""Decimal floating point with exact decimal semantics (the General Decimal Arithmetic
specification): a value is a sign, an integer coefficient and a power-of-ten exponent;
results are rounded to the context's precision with its rounding mode, and exceptional
conditions set the context's flags and raise when trapped. Of the exponent limits only
Emax (overflow) is enforced: there is no subnormal or clamped handling near Emin."""

import math as _math
import numbers as _numbers
import re as _re
from collections import namedtuple as _namedtuple

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
           'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
           'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
           'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
           'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
           'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
           'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN',
           'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


class DecimalException(ArithmeticError):
    __tp_name__ = 'decimal.DecimalException'


class Clamped(DecimalException):
    # Signalled when an exponent is changed to fit the context's limits.
    pass


class InvalidOperation(DecimalException):
    # Signalled when an operation has no sensible result, such as 0 * Infinity.
    pass


class ConversionSyntax(InvalidOperation):
    # Signalled when a string that is no number is converted.
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    # Signalled when a finite number is divided by zero.
    pass


class DivisionImpossible(InvalidOperation):
    # Signalled when an integer quotient needs more digits than the precision.
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    # Signalled when zero is divided by zero.
    pass


class Inexact(DecimalException):
    # Signalled when rounding a result drops nonzero digits.
    pass


class InvalidContext(InvalidOperation):
    # Signalled when a context's settings cannot be used.
    pass


class Rounded(DecimalException):
    # Signalled when a result is rounded, even if only zeros are dropped.
    pass


class Subnormal(DecimalException):
    # Signalled when a result is below the smallest normal number, before rounding.
    pass


class Overflow(Inexact, Rounded):
    # Signalled when a result is too large for the exponent limit.
    pass


class Underflow(Inexact, Rounded, Subnormal):
    # Signalled when a subnormal result is rounded to zero or inexactly.
    pass


class FloatOperation(DecimalException, TypeError):
    # Signalled when a float is mixed into a Decimal construction or comparison.
    pass


# The conditions a context records: the more specific ones are reported under these.
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped]
_SIGNAL_OF = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
              DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# ---------------------------------------------------------------------------------------
# Contexts
# ---------------------------------------------------------------------------------------

class _SignalDict(dict):
    def __repr__(self):
        return '{' + ', '.join('<class \'decimal.%s\'>:%s' % (k.__name__, v)
                               for k, v in self.items()) + '}'


class Context:
    __tp_name__ = 'decimal.Context'

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = DefaultContext
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (
            base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        self.flags = self._signals(flags, [])
        if traps is None:
            traps = [s for s, on in base.traps.items() if on] if base else \
                [InvalidOperation, DivisionByZero, Overflow]
        self.traps = self._signals(traps, [])

    @staticmethod
    def _signals(given, default):
        table = _SignalDict((s, False) for s in _SIGNALS)
        if given is None:
            given = default
        if isinstance(given, dict):
            for s, on in given.items():
                table[s] = bool(on)
        else:
            for s in given:
                table[s] = True
        return table

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n'
                                '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                                '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                                '   ROUND_05UP]')
        elif name == 'Emin':
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name in ('capitals', 'clamp'):
            if value not in (0, 1):
                raise ValueError('valid values for %s are 0 or 1' % name)
        elif name not in ('flags', 'traps'):
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s, on in self.flags.items() if on]
        traps = [s.__name__ for s, on in self.traps.items() if on]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, ', '.join(flags),
                                             ', '.join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, condition):
        """Records `condition`; raises it (listing it, as libmpdec does) when trapped."""
        signal = _SIGNAL_OF.get(condition, condition)
        self.flags[signal] = True
        if self.traps[signal]:
            raise signal([condition])

    def create_decimal(self, num='0'):
        return Decimal(num)._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def abs(self, a):
        return _convert(a, True).__abs__(context=self)

    def add(self, a, b):
        return _convert(a, True).__add__(b, context=self)

    def subtract(self, a, b):
        return _convert(a, True).__sub__(b, context=self)

    def multiply(self, a, b):
        return _convert(a, True).__mul__(b, context=self)

    def divide(self, a, b):
        return _convert(a, True).__truediv__(b, context=self)

    def divide_int(self, a, b):
        return _convert(a, True).__floordiv__(b, context=self)

    def remainder(self, a, b):
        return _convert(a, True).__mod__(b, context=self)

    def power(self, a, b, modulo=None):
        return _convert(a, True).__pow__(b, modulo, context=self)

    def sqrt(self, a):
        return _convert(a, True).sqrt(context=self)

    def quantize(self, a, b):
        return _convert(a, True).quantize(b, context=self)

    def plus(self, a):
        return _convert(a, True).__pos__(context=self)

    def minus(self, a):
        return _convert(a, True).__neg__(context=self)

    def compare(self, a, b):
        return _convert(a, True).compare(b, context=self)

    def to_integral_value(self, a):
        return _convert(a, True).to_integral_value(context=self)


# Contexts copy their unspecified settings from DefaultContext, which itself starts from
# the built-in defaults.
DefaultContext = None
DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

_current = [None]


def getcontext():
    if _current[0] is None:
        _current[0] = DefaultContext.copy()
    return _current[0]


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager:
    __tp_name__ = 'decimal.ContextManager'

    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *args):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    ctx = ctx.copy()
    for name, value in kwargs.items():
        if name not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags',
                        'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        setattr(ctx, name, value)
    return _ContextManager(ctx)


# ---------------------------------------------------------------------------------------
# Decimal
# ---------------------------------------------------------------------------------------

_NUMBER = _re.compile(r"""\s*
    (?P<sign>[-+])?
    (?:
        (?P<int>\d+(?:_\d+)*)?(?:\.(?P<frac>\d+(?:_\d+)*)?)?(?:[eE](?P<exp>[-+]?\d+(?:_\d+)*))?
      | (?P<inf>inf(?:inity)?)
      | (?P<nan>s?nan)(?P<payload>\d*)
    )
    \s*\Z""", _re.VERBOSE | _re.IGNORECASE)


def _round_away(coef, drop, sign, rounding):
    """Whether dropping the last `drop` digits of `coef` rounds its magnitude up."""
    rest = coef % 10 ** drop
    if rest == 0:
        return False
    half = 5 * 10 ** (drop - 1)
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return not sign
    if rounding == ROUND_FLOOR:
        return bool(sign)
    if rounding == ROUND_HALF_UP:
        return rest >= half
    if rounding == ROUND_HALF_DOWN:
        return rest > half
    if rounding == ROUND_HALF_EVEN:
        return rest > half or rest == half and (coef // 10 ** drop) % 2 == 1
    # ROUND_05UP: away from zero only if the kept last digit is 0 or 5.
    return (coef // 10 ** drop) % 5 == 0


def _ndigits(n):
    return len(str(n)) if n else 1


class Decimal:
    """An immutable decimal number: `(-1)**sign * coefficient * 10**exponent`, or one of
    the specials Infinity, NaN and sNaN (`_special` 'F', 'n' and 'N')."""

    __tp_name__ = 'decimal.Decimal'
    __slots__ = ('_sign', '_coef', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        self._special = None
        if isinstance(value, Decimal):
            self._sign, self._coef, self._exp = value._sign, value._coef, value._exp
            self._special = value._special
            return self
        if isinstance(value, bool) or isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._coef = abs(int(value))
            self._exp = 0
            return self
        if isinstance(value, float):
            return cls._from_float(value, self)
        if isinstance(value, str):
            return self._parse(value, context)
        if isinstance(value, (tuple, list)):
            return self._from_tuple(value)
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    def _parse(self, text, context):
        m = _NUMBER.match(text)
        if m is None or (m.group('int') is None and m.group('frac') is None
                         and m.group('inf') is None and m.group('nan') is None):
            (context or getcontext())._raise(ConversionSyntax)
            self._sign, self._coef, self._exp, self._special = 0, 0, 0, 'n'
            return self
        self._sign = 1 if m.group('sign') == '-' else 0
        self._exp = 0
        if m.group('inf'):
            self._coef, self._special = 0, 'F'
        elif m.group('nan'):
            self._coef = int(m.group('payload') or '0')
            self._special = 'N' if m.group('nan')[0] in 'sS' else 'n'
        else:
            whole = (m.group('int') or '').replace('_', '')
            frac = (m.group('frac') or '').replace('_', '')
            self._coef = int(whole + frac)
            self._exp = int((m.group('exp') or '0').replace('_', '')) - len(frac)
        return self

    def _from_tuple(self, value):
        if len(value) != 3:
            raise ValueError('argument must be a sequence of length 3')
        sign, digits, exp = value
        if sign not in (0, 1):
            raise ValueError('sign must be an integer with the value 0 or 1')
        self._sign = sign
        if exp in ('F', 'n', 'N'):
            self._special, self._exp = exp, 0
            self._coef = int(''.join(map(str, digits)) or '0') if exp != 'F' else 0
            return self
        if not isinstance(exp, int):
            raise ValueError('exponent must be an integer')
        for d in digits:
            if not (isinstance(d, int) and 0 <= d <= 9):
                raise ValueError('coefficient must be a tuple of digits')
        self._coef = int(''.join(map(str, digits)) or '0')
        self._exp = exp
        return self

    @classmethod
    def _from_float(cls, f, self=None):
        if self is None:
            self = object.__new__(cls)
        self._special = None
        self._exp = 0
        self._sign = 1 if _math.copysign(1.0, f) < 0 else 0
        if f != f:
            self._coef, self._special = 0, 'n'
            return self
        if f in (float('inf'), float('-inf')):
            self._coef, self._special = 0, 'F'
            return self
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        self._coef = n * 5 ** k
        self._exp = -k
        while self._coef and self._coef % 10 == 0 and self._exp < 0:
            self._coef //= 10
            self._exp += 1
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        return cls._from_float(f)

    @classmethod
    def _make(cls, sign, coef, exp, special=None):
        self = object.__new__(cls)
        self._sign, self._coef, self._exp, self._special = sign, coef, exp, special
        return self

    # -- predicates --

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return self._special is None

    def is_zero(self):
        return self._special is None and self._coef == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._special or not self._coef:
            return False
        return self.adjusted() >= (context or getcontext()).Emin

    def is_subnormal(self, context=None):
        if self._special or not self._coef:
            return False
        return self.adjusted() < (context or getcontext()).Emin

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._coef) - 1

    def as_tuple(self):
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(d) for d in str(self._coef)) if self._coef or not self._special \
            else ()
        exp = self._special if self._special else self._exp
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._special:
            raise ValueError('cannot convert NaN to integer ratio')
        if self._exp >= 0:
            n, d = self._coef * 10 ** self._exp, 1
        else:
            n, d = self._coef, 10 ** -self._exp
            g = _math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    # -- conversions --

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special:
            payload = str(self._coef) if self._coef else ''
            return sign + ('sNaN' if self._special == 'N' else 'NaN') + payload
        digits = str(self._coef)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._coef == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * -dotplace + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            capitals = (context or getcontext()).capitals
            exp = ('E' if capitals else 'e') + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % self

    def __int__(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        if self._special:
            raise ValueError('cannot convert NaN to integer')
        n = self._coef * 10 ** self._exp if self._exp >= 0 else self._coef // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._special:
            if self.is_snan():
                raise ValueError('cannot convert signaling NaN to float')
            return float(str(self).replace('Infinity', 'inf'))
        return float(str(self))

    def __bool__(self):
        return bool(self._special) or self._coef != 0

    def __hash__(self):
        if self._special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value')
            if self.is_nan():
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        if self._exp >= 0:
            return hash(int(self))
        n, d = self.as_integer_ratio()
        if d == 1:
            return hash(n)
        from fractions import Fraction
        return hash(Fraction(n, d))

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(Decimal._make(0, 1, -n))
        return int(self.to_integral_value(ROUND_HALF_EVEN))

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # -- rounding to a context --

    def _fix(self, context):
        """This value rounded to the context's precision."""
        if self._special:
            if self._special == 'N':
                context._raise(InvalidOperation)
                return Decimal._make(self._sign, self._coef, 0, 'n')
            return self
        excess = _ndigits(self._coef) - context.prec
        coef, exp = self._coef, self._exp
        if excess > 0:
            up = _round_away(coef, excess, self._sign, context.rounding)
            inexact = coef % 10 ** excess != 0
            coef = coef // 10 ** excess + up
            exp += excess
            if _ndigits(coef) > context.prec:
                coef //= 10
                exp += 1
            if inexact:
                context._raise(Inexact)
            context._raise(Rounded)
        if coef and exp + _ndigits(coef) - 1 > context.Emax:
            context._raise(Overflow)
            return Decimal._make(self._sign, 0, 0, 'F')
        return Decimal._make(self._sign, coef, exp)

    # -- arithmetic --

    def _nan_result(self, other, context):
        """The NaN an operation with a NaN operand returns, or None."""
        for x in (self, other):
            if x is not None and x._special == 'N':
                context._raise(InvalidOperation)
                return Decimal._make(x._sign, x._coef, 0, 'n')
        for x in (self, other):
            if x is not None and x._special == 'n':
                return x
        return None

    def _invalid(self, context, condition=InvalidOperation):
        context._raise(condition)
        return Decimal._make(0, 0, 0, 'n')

    def __add__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if self._special == 'F' or other._special == 'F':
            if self._special == other._special == 'F' and self._sign != other._sign:
                return self._invalid(context)
            return self if self._special == 'F' else other
        exp = min(self._exp, other._exp)
        a = self._coef * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._coef * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (
                self._sign != other._sign and context.rounding == ROUND_FLOOR) else 0
        else:
            sign = 1 if total < 0 else 0
        return Decimal._make(sign, abs(total), exp)._fix(context)

    def __radd__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__add__(self, context)

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self.is_zero() or other.is_zero():
                return self._invalid(context)
            return Decimal._make(sign, 0, 0, 'F')
        return Decimal._make(sign, self._coef * other._coef, self._exp + other._exp)._fix(
            context)

    def __rmul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mul__(self, context)

    def __truediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F':
            if other._special == 'F':
                return self._invalid(context)
            return Decimal._make(sign, 0, 0, 'F')
        if other._special == 'F':
            return Decimal._make(sign, 0, context.Etiny())
        if other._coef == 0:
            if self._coef == 0:
                return self._invalid(context, DivisionUndefined)
            context._raise(DivisionByZero)
            return Decimal._make(sign, 0, 0, 'F')
        ideal = self._exp - other._exp
        if self._coef == 0:
            return Decimal._make(sign, 0, ideal)
        # Enough digits for the precision plus one to round with; a nonzero remainder
        # becomes a sticky low digit so that halfway cases round correctly.
        shift = _ndigits(other._coef) - _ndigits(self._coef) + context.prec + 1
        exp = ideal - shift
        if shift >= 0:
            coef, rem = divmod(self._coef * 10 ** shift, other._coef)
        else:
            coef, rem = divmod(self._coef, other._coef * 10 ** -shift)
        if rem:
            if coef % 5 == 0:
                coef += 1
        else:
            while exp < ideal and coef % 10 == 0:
                coef //= 10
                exp += 1
        return Decimal._make(sign, coef, exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _divide_integer(self, other, context):
        """(quotient, remainder) truncated toward zero, or a NaN result."""
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan, nan
        sign = self._sign ^ other._sign
        if self._special == 'F':
            result = self._invalid(context)
            return result, result
        if other._special == 'F':
            return Decimal._make(sign, 0, 0), self._fix(context)
        if other._coef == 0:
            if self._coef == 0:
                result = self._invalid(context, DivisionUndefined)
                return result, result
            return None, None
        exp = min(self._exp, other._exp)
        a = self._coef * 10 ** (self._exp - exp)
        b = other._coef * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _ndigits(q) > context.prec:
            result = self._invalid(context, DivisionImpossible)
            return result, result
        return (Decimal._make(sign, q, 0),
                Decimal._make(self._sign, r, exp)._fix(context))

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        q, r = self._divide_integer(other, context)
        if q is None:
            context._raise(DivisionByZero)
            return Decimal._make(self._sign ^ other._sign, 0, 0, 'F')
        return q

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        q, r = self._divide_integer(other, context)
        if q is None:
            return self._invalid(context)
        return r

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        q, r = self._divide_integer(other, context)
        if q is None:
            context._raise(DivisionByZero)
            inf = Decimal._make(self._sign ^ other._sign, 0, 0, 'F')
            return inf, self._invalid(context)
        return q, r

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context)

    def remainder_near(self, other, context=None):
        other = _convert(other, True)
        context = context or getcontext()
        q, r = self._divide_integer(other, context)
        if q is None:
            return self._invalid(context)
        if r._special:
            return r
        twice = Decimal._make(0, r._coef * 2, r._exp)
        cmp = twice._cmp(other.copy_abs())
        if cmp > 0 or cmp == 0 and q._coef % 2 == 1:
            return r.__sub__(other.copy_abs().copy_sign(self), context)
        return r

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if modulo is not None:
            modulo = _convert(modulo, True)
            if self._special or other._special or modulo._special or other._sign \
                    or self._exp < 0 or other._exp < 0 or modulo._exp < 0 or not modulo._coef:
                return self._invalid(context)
            return Decimal(pow(int(self), int(other), int(modulo)))._fix(context)
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if other._special == 'F' or self._special == 'F':
            return self._power_special(other, context)
        if other.is_zero():
            if self.is_zero():
                return self._invalid(context)
            return Decimal._make(0, 1, 0)
        integral = other._exp >= 0 or other._coef % 10 ** -other._exp == 0
        if self.is_zero():
            if other._sign:
                context._raise(DivisionByZero)
                return Decimal._make(self._sign if integral and int(other) % 2 else 0,
                                     0, 0, 'F')
            return Decimal._make(self._sign if integral and int(other) % 2 else 0, 0, 0)
        if integral:
            n = int(other)
            sign = self._sign if n % 2 else 0
            with localcontext(context) as inner:
                inner.prec = context.prec + len(str(abs(n))) + 5
                positive = self._integral_power(abs(n), inner)
                if n >= 0:
                    return Decimal._make(sign, positive._coef, positive._exp)._fix(context)
                result = Decimal._make(0, 1, 0).__truediv__(positive, inner)
            return Decimal._make(sign, result._coef, result._exp)._fix(context)
        if self._sign:
            return self._invalid(context)
        return self._power_real(other, context)

    def _integral_power(self, n, context):
        """|self| ** n for an int n >= 0: exact while the digits stay few, else by
        squaring and multiplying at the guarded precision of context."""
        if self._coef.bit_length() * n <= 4000:
            return Decimal._make(0, self._coef ** n, self._exp * n)
        base = Decimal._make(0, self._coef, self._exp)
        result = Decimal._make(0, 1, 0)
        while n:
            if n & 1:
                result = result.__mul__(base, context)
            n >>= 1
            if n:
                base = base.__mul__(base, context)
        return result

    def _power_special(self, other, context):
        if other._special == 'F':
            if other._sign:
                return Decimal._make(0, 0, 0) if abs(self)._cmp(_ONE) > 0 else \
                    Decimal._make(0, 0, 0, 'F')
            if self._sign and not self._special:
                return self._invalid(context)
            return Decimal._make(0, 0, 0, 'F') if self.copy_abs()._cmp(_ONE) > 0 else \
                Decimal._make(0, 0, 0)
        # self is infinite
        integral_odd = other._exp >= 0 and int(other) % 2 == 1
        sign = self._sign if integral_odd else 0
        if other._sign:
            return Decimal._make(sign, 0, 0)
        return Decimal._make(sign, 0, 0, 'F')

    def _power_real(self, other, context):
        """x**y for a non-integral y, as exp(y * ln(x)) with guard digits."""
        with localcontext(context) as inner:
            inner.prec = context.prec + 10
            inner.traps = dict((s, False) for s in inner.traps)
            result = (other.__mul__(self.ln(inner), inner)).exp(inner)
        context._raise(Inexact)
        context._raise(Rounded)
        return result._fix(context)

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context)

    def __neg__(self, context=None):
        context = context or getcontext()
        if self._special in ('n', 'N'):
            return self._fix(context)
        sign = 0 if self.is_zero() and context.rounding != ROUND_FLOOR else 1 - self._sign
        return Decimal._make(sign, self._coef, self._exp, self._special)._fix(context)

    def __pos__(self, context=None):
        context = context or getcontext()
        if self.is_zero() and context.rounding != ROUND_FLOOR:
            return Decimal._make(0, 0, self._exp)._fix(context)
        return self._fix(context)

    def __abs__(self, round=True, context=None):
        context = context or getcontext()
        if not round:
            return self.copy_abs()
        if self._special in ('n', 'N'):
            return self._fix(context)
        return Decimal._make(0, self._coef, self._exp, self._special)._fix(context)

    def copy_abs(self):
        return Decimal._make(0, self._coef, self._exp, self._special)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._coef, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return Decimal._make(other._sign, self._coef, self._exp, self._special)

    def fma(self, other, third, context=None):
        other = _convert(other, True)
        product = Decimal._make(self._sign ^ other._sign, self._coef * other._coef,
                                self._exp + other._exp)
        return product.__add__(third, context)

    # -- comparison --

    def _cmp(self, other):
        """-1, 0 or 1 for two non-NaN values."""
        if self._special == 'F' or other._special == 'F':
            a = (-1 if self._sign else 1) * (2 if self._special == 'F' else 0)
            b = (-1 if other._sign else 1) * (2 if other._special == 'F' else 0)
            if self._special != 'F':
                a = 0 if b else a
            if other._special != 'F':
                b = 0 if a else b
            return (a > b) - (a < b)
        if not self._coef and not other._coef:
            return 0
        a_sign = 0 if not self._coef else (-1 if self._sign else 1)
        b_sign = 0 if not other._coef else (-1 if other._sign else 1)
        if a_sign != b_sign:
            return (a_sign > b_sign) - (a_sign < b_sign)
        exp = min(self._exp, other._exp)
        a = self._coef * 10 ** (self._exp - exp)
        b = other._coef * 10 ** (other._exp - exp)
        result = (a > b) - (a < b)
        return -result if a_sign < 0 else result

    def _compare_operands(self, other, op):
        """The two Decimals that compare as `self op other` does (a Rational n/d:
        self*d against n), None when a NaN is involved, or NotImplemented."""
        if isinstance(other, float):
            other = Decimal._from_float(other)
            getcontext().flags[FloatOperation] = True
        elif isinstance(other, int):
            other = Decimal(other)
        elif isinstance(other, _numbers.Rational):
            if self._special is None:
                self = Decimal._make(self._sign, self._coef * other.denominator, self._exp)
            other = Decimal(other.numerator)
        elif not isinstance(other, Decimal):
            return NotImplemented
        if self.is_nan() or other.is_nan():
            if op in ('<', '<=', '>', '>=') or self.is_snan() or other.is_snan():
                context = getcontext()
                context._raise(InvalidOperation)
            return None
        return self, other

    def __eq__(self, other):
        pair = self._compare_operands(other, '==')
        if pair is NotImplemented:
            return pair
        return pair is not None and pair[0]._cmp(pair[1]) == 0

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def _order(self, other, op):
        pair = self._compare_operands(other, op)
        if pair is NotImplemented or pair is None:
            return pair
        return pair[0]._cmp(pair[1])

    def __lt__(self, other):
        c = self._order(other, '<')
        return c if c is NotImplemented else c is not None and c < 0

    def __le__(self, other):
        c = self._order(other, '<=')
        return c if c is NotImplemented else c is not None and c <= 0

    def __gt__(self, other):
        c = self._order(other, '>')
        return c if c is NotImplemented else c is not None and c > 0

    def __ge__(self, other):
        c = self._order(other, '>=')
        return c if c is NotImplemented else c is not None and c >= 0

    def compare(self, other, context=None):
        other = _convert(other, True)
        nan = self._nan_result(other, context or getcontext())
        if nan is not None:
            return nan
        return Decimal(self._cmp(other))

    def max(self, other, context=None):
        other = _convert(other, True)
        if self.is_nan():
            return other._fix(context or getcontext())
        if other.is_nan():
            return self._fix(context or getcontext())
        return (other if self._cmp(other) < 0 else self)._fix(context or getcontext())

    def min(self, other, context=None):
        other = _convert(other, True)
        if self.is_nan():
            return other._fix(context or getcontext())
        if other.is_nan():
            return self._fix(context or getcontext())
        return (other if self._cmp(other) > 0 else self)._fix(context or getcontext())

    # -- quantizing and integral values --

    def _rescale(self, exp, rounding):
        """This value with exponent `exp`, rounding away digits as needed."""
        if self._exp >= exp:
            return Decimal._make(self._sign, self._coef * 10 ** (self._exp - exp), exp)
        drop = exp - self._exp
        up = _round_away(self._coef, drop, self._sign, rounding)
        return Decimal._make(self._sign, self._coef // 10 ** drop + up, exp)

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp, True)
        context = context or getcontext()
        rounding = rounding or context.rounding
        nan = self._nan_result(exp, context)
        if nan is not None:
            return nan
        if self._special == 'F' or exp._special == 'F':
            if self._special == exp._special == 'F':
                return Decimal(self)
            return self._invalid(context)
        result = self._rescale(exp._exp, rounding)
        if _ndigits(result._coef) > context.prec:
            return self._invalid(context)
        if result._coef != self._coef * 10 ** max(0, self._exp - exp._exp) \
                and self._exp < exp._exp:
            if self._coef % 10 ** (exp._exp - self._exp):
                context._raise(Inexact)
            context._raise(Rounded)
        return result

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._special or other._special:
            return self._special == other._special or (self.is_nan() and other.is_nan())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        if self._special:
            return self._fix(context or getcontext()) if self.is_snan() else self
        if self._exp >= 0:
            return self
        return self._rescale(0, rounding or (context or getcontext()).rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        context = context or getcontext()
        result = self.to_integral_value(rounding, context)
        if result is not self and not self._special and self._exp < 0:
            if self._coef % 10 ** -self._exp:
                context._raise(Inexact)
            context._raise(Rounded)
        return result

    def normalize(self, context=None):
        context = context or getcontext()
        result = self._fix(context)
        if result._special:
            return result
        if not result._coef:
            return Decimal._make(result._sign, 0, 0)
        coef, exp = result._coef, result._exp
        while coef % 10 == 0:
            coef //= 10
            exp += 1
        return Decimal._make(result._sign, coef, exp)

    # -- functions --

    def sqrt(self, context=None):
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._special == 'F' and not self._sign:
            return self
        ideal = self._exp // 2
        if self.is_zero():
            return Decimal._make(self._sign, 0, ideal)
        if self._sign:
            return self._invalid(context)
        coef, exp = self._coef, self._exp
        if exp % 2:
            coef *= 10
            exp -= 1
        # Scale by an even power of ten so the root has at least prec + 1 digits.
        k = max(0, context.prec + 1 - (_ndigits(coef) + 1) // 2)
        coef *= 100 ** k
        exp -= 2 * k
        root = _math.isqrt(coef)
        exp //= 2
        if root * root != coef:
            if root % 5 == 0:
                root += 1
        else:
            while exp < ideal and root % 10 == 0:
                root //= 10
                exp += 1
        with localcontext(context) as inner:
            inner.rounding = ROUND_HALF_EVEN
            result = Decimal._make(0, root, exp)._fix(inner)
        if root * root != coef:
            context._raise(Inexact)
            context._raise(Rounded)
        return result

    def exp(self, context=None):
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._special == 'F':
            return Decimal._make(0, 0, 0) if self._sign else self
        if self.is_zero():
            return Decimal._make(0, 1, 0)
        prec = context.prec + 10
        # exp(x) = exp(x / 2**k) ** (2**k), with the reduced argument below 1.
        with localcontext(context) as inner:
            inner.prec = prec + 10
            inner.traps = dict((s, False) for s in inner.traps)
            k = max(0, self.adjusted() + 2)
            x = self.__truediv__(Decimal(2 ** k), inner) if k else self
            total = Decimal(1)
            term = Decimal(1)
            n = 1
            while True:
                term = term.__mul__(x, inner).__truediv__(Decimal(n), inner)
                new = total.__add__(term, inner)
                if new == total:
                    break
                total = new
                n += 1
            for _ in range(k):
                total = total.__mul__(total, inner)
        context._raise(Inexact)
        context._raise(Rounded)
        return total._fix(context)

    def ln(self, context=None):
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self.is_zero():
            return Decimal._make(1, 0, 0, 'F')
        if self._sign:
            return self._invalid(context)
        if self._special == 'F':
            return self
        if self._coef == 1 and self._exp == 0:
            return Decimal._make(0, 0, 0)
        with localcontext(context) as inner:
            inner.prec = context.prec + 20
            inner.traps = dict((s, False) for s in inner.traps)
            # ln(c * 10**e) = ln(m) + (e + digits) * ln(10), with m in [0.1, 1).
            shift = self._exp + _ndigits(self._coef)
            m = Decimal._make(0, self._coef, -_ndigits(self._coef))
            result = _ln_series(m, inner).__add__(
                Decimal(shift).__mul__(_ln10(inner), inner), inner)
        context._raise(Inexact)
        context._raise(Rounded)
        return result._fix(context)

    def log10(self, context=None):
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self.is_zero():
            return Decimal._make(1, 0, 0, 'F')
        if self._sign:
            return self._invalid(context)
        if self._special == 'F':
            return self
        if self._coef and str(self._coef).rstrip('0') == '1':
            return Decimal(self.adjusted())
        with localcontext(context) as inner:
            inner.prec = context.prec + 20
            result = self.ln(inner).__truediv__(_ln10(inner), inner)
        context._raise(Inexact)
        context._raise(Rounded)
        return result._fix(context)

    def logb(self, context=None):
        if self.is_zero():
            (context or getcontext())._raise(DivisionByZero)
            return Decimal._make(1, 0, 0, 'F')
        return Decimal(self.adjusted())

    def __format__(self, spec, _localeconv=None):
        return _format_decimal(self, spec)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)


_numbers.Number.register(Decimal)
_ONE = Decimal(1)


def _ln_series(m, context):
    """ln(m) for 0.1 <= m < 1, from the atanh series: ln(m) = 2*atanh((m-1)/(m+1))."""
    y = (m - _ONE).__truediv__(m + _ONE, context)
    y2 = y.__mul__(y, context)
    total = y
    term = y
    n = 1
    while True:
        term = term.__mul__(y2, context)
        n += 2
        new = total.__add__(term.__truediv__(Decimal(n), context), context)
        if new == total:
            break
        total = new
    return total.__mul__(Decimal(2), context)


def _ln10(context):
    # ln(10) = -ln(0.1)
    return _ln_series(Decimal('0.1'), context).copy_negate()


def _convert(other, strict=False):
    """`other` as a Decimal for arithmetic: ints convert, other types give NotImplemented
    (or, for method arguments, a TypeError)."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if strict:
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(other).__name__)
    return NotImplemented


_SPEC = _re.compile(r"""\A
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ])?
    (?P<zeropad>0)?
    (?P<minimumwidth>\d+)?
    (?P<thousands_sep>[,_])?
    (?:\.(?P<precision>\d+))?
    (?P<type>[eEfFgGn%])?
\Z""", _re.VERBOSE | _re.DOTALL)


def _format_decimal(value, spec):
    """`format(value, spec)` for the standard format mini-language."""
    m = _SPEC.match(spec)
    if m is None:
        raise ValueError('invalid format string')
    fill = m.group('fill') or ' '
    align = m.group('align')
    if m.group('zeropad') and not align:
        fill, align = '0', '='
    align = align or '>'
    sign_opt = m.group('sign') or '-'
    width = int(m.group('minimumwidth') or 0)
    sep = m.group('thousands_sep')
    prec = m.group('precision')
    prec = int(prec) if prec is not None else None
    kind = m.group('type')
    rounding = getcontext().rounding
    if value._special:
        body = str(value.copy_abs())
        if value._special == 'F':
            body = 'Infinity'
        if kind == '%':
            body += '%'
    else:
        if kind is None:
            kind = 'g' if prec is not None else None
        if kind in ('f', 'F', '%'):
            v = value
            if kind == '%':
                v = Decimal._make(v._sign, v._coef, v._exp + 2)
            if prec is not None:
                v = v._rescale(-prec, rounding)
            body = _plain(v)
            if kind == '%':
                body += '%'
        elif kind in ('e', 'E'):
            v = value
            if prec is not None:
                digits = prec + 1
                excess = _ndigits(v._coef) - digits
                if excess > 0:
                    v = v._rescale(v._exp + excess, rounding)
                    if _ndigits(v._coef) > digits:
                        v = v._rescale(v._exp + 1, rounding)
                elif excess < 0:
                    v = Decimal._make(v._sign, v._coef * 10 ** -excess, v._exp + excess)
            digits = str(v._coef)
            exp = v._exp + len(digits) - 1
            body = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
            body += ('e' if kind == 'e' else 'E') + '%+d' % exp
        elif kind in ('g', 'G', 'n'):
            v = value
            if prec is not None:
                prec = prec or 1
                excess = _ndigits(v._coef) - prec
                if excess > 0:
                    v = v._rescale(v._exp + excess, rounding)
            text = str(v.copy_abs())
            if kind == 'G':
                text = text.replace('e', 'E')
            elif 'E' in text:
                text = text.replace('E', 'e')
            body = text
        else:
            body = str(value.copy_abs())
        if sep:
            head, dot, tail = body.partition('.')
            digits_end = len(head) - len(head.lstrip('0123456789'))
            intpart = head[:len(head) - len(head.lstrip('0123456789'))] if digits_end else head
            rest = head[len(intpart):]
            groups = []
            while len(intpart) > 3:
                groups.insert(0, intpart[-3:])
                intpart = intpart[:-3]
            groups.insert(0, intpart)
            body = sep.join(groups) + rest + dot + tail
    sign = '-' if value._sign else ('' if sign_opt == '-' else sign_opt)
    if sign_opt == ' ' and not value._sign:
        sign = ' '
    pad = width - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * pad
    if align == '=':
        return sign + fill * pad + body
    if align == '^':
        left = pad // 2
        return fill * left + sign + body + fill * (pad - left)
    return fill * pad + sign + body


def _plain(value):
    """The digits of a finite value without an exponent."""
    digits = str(value._coef)
    if value._exp >= 0:
        return digits + '0' * value._exp if value._coef else '0'
    point = len(digits) + value._exp
    if point > 0:
        return digits[:point] + '.' + digits[point:]
    return '0.' + '0' * -point + digits
