"""numbers: the numeric tower of abstract base classes (PEP 3141).

Number > Complex > Real > Rational > Integral. Each level lists the
operations a concrete type must supply (as abstract methods) and derives
a few others from them. int, float and complex are registered with the
tower; fractions.Fraction and decimal.Decimal place themselves in it.
"""

from abc import ABCMeta, abstractmethod

__all__ = ['Number', 'Complex', 'Real', 'Rational', 'Integral']


def _required(names):
    """Abstract methods for the space-separated `names`, to merge into a
    class body: calling one (through super()) raises NotImplementedError."""
    methods = {}
    for name in names.split():
        def method(self, *args):
            raise NotImplementedError
        method.__name__ = method.__qualname__ = name
        methods[name] = abstractmethod(method)
    return methods


def _required_property(name):
    def getter(self):
        raise NotImplementedError
    getter.__name__ = name
    return property(abstractmethod(getter))


class Number(metaclass=ABCMeta):
    """The root of the tower: isinstance(x, Number) tells whether x is a
    number of any kind."""

    __slots__ = ()
    # Numbers that compare equal must hash equal across types, which no
    # generic rule here can ensure: concrete types define their own.
    __hash__ = None


class Complex(Number):
    """Numbers with complex arithmetic; complex is one."""

    __slots__ = ()
    locals().update(_required(
        "__complex__ __add__ __radd__ __neg__ __pos__ __mul__ __rmul__ "
        "__truediv__ __rtruediv__ __pow__ __rpow__ __abs__ conjugate __eq__"))
    real = _required_property('real')
    imag = _required_property('imag')

    def __bool__(self):
        return self != 0

    # Subtraction is addition of the negation.
    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


class Real(Complex):
    """Complex numbers on the real line: ordered, with floor division,
    remainder and rounding; float is one."""

    __slots__ = ()
    locals().update(_required(
        "__float__ __trunc__ __floor__ __ceil__ __round__ __floordiv__ "
        "__rfloordiv__ __mod__ __rmod__ __lt__ __le__"))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def __divmod__(self, other):
        return self // other, self % other

    def __rdivmod__(self, other):
        return other // self, other % self


class Rational(Real):
    """Reals that are a ratio of two integers."""

    __slots__ = ()
    numerator = _required_property('numerator')
    denominator = _required_property('denominator')

    def __float__(self):
        # int() first: the parts may be Integrals that are not ints.
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Rationals with denominator 1, with bitwise operations; int is one."""

    __slots__ = ()
    locals().update(_required(
        "__int__ __lshift__ __rlshift__ __rshift__ __rrshift__ __and__ "
        "__rand__ __xor__ __rxor__ __or__ __ror__ __invert__"))

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        """self ** exponent, or pow(self, exponent, modulus)."""
        raise NotImplementedError

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Complex.register(complex)
Real.register(float)
Integral.register(int)
