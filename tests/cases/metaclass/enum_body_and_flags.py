# Enum details: aliases, IntFlag/Flag combinations (auto() values usable later in the
# class body, through the __prepare__d namespace), StrEnum, IntEnum arithmetic, methods
# and properties on members, the functional API and _generate_next_value_.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = "r"
    GREEN = "g"
    CRIMSON = "r"
print(list(Color), Color.CRIMSON, Color.CRIMSON is Color.RED, Color.__members__.keys(), len(Color.__members__))
print(Color("r"), Color.RED.value, [m.name for m in Color], Color._member_names_, Color._value2member_map_)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
p = Perm.R | Perm.X
print(p, repr(p), int(p), Perm.W in p, p & Perm.R, ~Perm.R, Perm(6), Perm(0), list(p) if hasattr(p, '__iter__') else '')
class F(Flag):
    A = auto(); B = auto(); C = auto()
    AB = A | B
print(F.AB, repr(F.A | F.C), F(3), list(F), F.A.value, F.C.value, bool(F(0)), F.AB.name)
class S(StrEnum):
    UP = auto()
    DOWN = "down!"
print(S.UP, repr(S.UP), S.UP == "up", S.DOWN.upper(), f"{S.DOWN}", list(S))
class Weekday(IntEnum):
    MON = 1; TUE = 2; WED = 3
    @classmethod
    def weekend(cls): return []
    def next(self): return Weekday((self % 3) + 1)
print(Weekday.MON.next(), Weekday(3).next(), Weekday.MON < Weekday.WED, Weekday.TUE + 1, Weekday["WED"], sorted(Weekday, reverse=True))
class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    def describe(self): return f"{self.name.lower()} #{self.value}"
    @property
    def sides(self): return {Shape.CIRCLE: 0, Shape.SQUARE: 4}[self]
print([s.describe() for s in Shape], Shape.SQUARE.sides, Shape.CIRCLE.__class__, type(Shape), isinstance(Shape.CIRCLE, Shape))
try:
    Shape.CIRCLE = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color("x")
except ValueError as e:
    print(e)
try:
    Color["BLUE"]
except KeyError as e:
    print("KeyError", e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Enum("Dyn", [("X", 10), ("Y", 20)]).Y)
class Ordered(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    FOO = auto()
    BAR = auto()
print(Ordered.FOO.value, Ordered.BAR)
print(Color.RED == "r", Weekday.MON == 1, hash(Color.RED) == hash(Color.RED), {Color.RED: 1}[Color.CRIMSON])
