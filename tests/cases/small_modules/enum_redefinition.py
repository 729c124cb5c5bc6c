# Enum class bodies refuse to redefine a member (or a member over a descriptor and back),
# and a member's name and value cannot be set or deleted, with CPython's messages.
from enum import Enum
for src in ["class E(Enum):\n A = 1\n A = 2", "class E(Enum):\n A = 1\n def A(self): pass", "class E(Enum):\n def A(self): pass\n A = 1", "class E(Enum):\n x = property(lambda s: 1)\n x = 3"]:
    try:
        exec(src)
        print("ok")
    except TypeError as e:
        print(str(e).split(" at 0x")[0])
class Animal(Enum):
    DOG = 1
for attr in ("value", "name"):
    try:
        setattr(Animal.DOG, attr, 5)
    except AttributeError as e:
        print(str(e).split(" at 0x")[0])
try:
    del Animal.DOG.value
except AttributeError as e:
    print(str(e).split(" at 0x")[0])

from enum import auto, IntEnum, Flag
class Weekday(IntEnum):
    MON = 1; TUE = 2; WED = 3; THU = 4; FRI = 5; SAT = 6; SUN = 7
    @property
    def weekend(self): return self >= Weekday.SAT
print([d.name for d in Weekday if d.weekend], Weekday(3), Weekday.FRI - Weekday.MON, Weekday["SUN"].value, max(Weekday))
class Op(Enum):
    ADD = "+"
    SUB = "-"
    def apply(self, a, b):
        match self:
            case Op.ADD: return a + b
            case Op.SUB: return a - b
print(Op("+").apply(2, 3), Op.SUB.apply(5, 1), Op.ADD.__class__, type(Op.ADD).__members__.keys())
class Color(Flag):
    RED = auto(); GREEN = auto(); BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(Color.WHITE, list(Color.WHITE) if hasattr(Color.WHITE, "__iter__") else "", Color.RED | Color.BLUE, Color(3), Color.WHITE.value)
class Animal(Enum):
    DOG = auto()
    CAT = auto()
    def __repr__(self): return f"<{self.name.title()}>"
print(repr(Animal.DOG), Animal.CAT.value, [a for a in Animal], Animal.DOG == 1, Animal.DOG is Animal["DOG"])
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(e)
try:
    Animal.DOG.value = 5
except AttributeError as e:
    print(e)
