# enum: members, lookup by value and name, auto, aliases, unique, IntEnum, Flag.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()} is #{self.value}"

    @classmethod
    def default(cls):
        return cls.GREEN


print(repr(Color.RED), str(Color.RED), f"{Color.RED}", f"[{Color.BLUE:>12}]")
print(Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], Color(Color.RED))
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(Color.__members__)
print(Color.RED.describe(), Color.default(), type(Color.RED).__name__, repr(Color))
print(isinstance(Color.RED, Color), Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.BLUE)
print(Color.RED == 1, {Color.RED: "r"}[Color.CRIMSON], sorted(Color, key=lambda c: -c.value))
print(list(reversed(Color)), [c.name for c in Color], Color.RED.__class__)


def attempt(f):
    try:
        f()
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: Color(7))
attempt(lambda: Color["PINK"])
attempt(lambda: Color.RED < Color.BLUE)
attempt(lambda: setattr(Color, "RED", 5))


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = auto()


class Step(Enum):
    FIRST = 10
    NEXT = auto()


print(list(Shape), Shape.TRIANGLE.value, Step.NEXT.value)


def make_dup():
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2


attempt(make_dup)


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, f"{Planet.EARTH.surface_gravity:.2f}")


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(repr(Priority.HIGH), str(Priority.HIGH), f"{Priority.LOW}", Priority.HIGH + 1, Priority.LOW == 1)
print(Priority.LOW < Priority.HIGH, sorted([Priority.HIGH, Priority.LOW]), int(Priority.MEDIUM))
print(isinstance(Priority.LOW, int), Priority(3), ["a", "b", "c", "d"][Priority.HIGH], Priority.MEDIUM * 10)


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(repr(rw), str(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm.R & Perm.X))
print(repr(Perm(0)), str(Perm(0)), Perm(7), repr(~Perm.R), list(Perm), repr(Perm))


class Access(IntFlag):
    READ = 4
    WRITE = 2


print(repr(Access.READ | Access.WRITE), Access.READ + 0, Access.WRITE in (Access.READ | Access.WRITE))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Mode = Enum("Mode", [("ON", "on"), ("OFF", "off")])
print(Mode("off"), Mode.ON.value)


class Direction(str, Enum):
    NORTH = "north"
    SOUTH = "south"


print(repr(Direction.NORTH), str(Direction.NORTH), Direction.NORTH == "north", Direction("south"))
print(Direction.NORTH.upper(), isinstance(Direction.SOUTH, str), len(Direction.NORTH), Direction.NORTH.value)
