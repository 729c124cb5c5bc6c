import copy
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
class Planet(Enum):
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
class Coin(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    PENNY = (1, "penny")
    NICKEL = (5, "nickel")
class N(IntEnum):
    ONE = 1
    TWO = 2
class S(StrEnum):
    A = auto()
class P(Flag):
    R = 4
    W = 2
class Q(IntFlag):
    X = 1
    Y = 2
print(Color(1), Color("green"), Color(Color.RED), Planet((5.976e+24, 6.37814e6)), Planet.EARTH.mass)
print(Coin(5), Coin(5).label, Coin.PENNY.value, N(2), N(2) + 1, S("a"), P(6), P(0), Q(3), Q(0), Q(7))
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(N.ONE) is N.ONE, type(N(1)), isinstance(N(1), int))
for bad in [lambda: Color(3), lambda: Color("blue"), lambda: N(5), lambda: S("zz"), lambda: Coin(2)]:
    try:
        print(bad())
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
class Bad(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 42
try:
    Bad(7)
except TypeError as e:
    print(e)
print(Color.__new__.__qualname__, N.__new__ is Color.__new__)
