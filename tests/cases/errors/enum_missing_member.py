# A missing enum member is an AttributeError from EnumType.__getattr__.
from enum import Enum, IntEnum


class Color(Enum):
    RED = 1
    BLUE = 2


class Level(IntEnum):
    LOW = 1


print(hasattr(Color, "RED"), hasattr(Color, "GREEN"), getattr(Color, "PINK", "none"))
print(getattr(Level, "LOW"), hasattr(Level, "HIGH"), Color.RED.name, Color.BLUE.value)
try:
    Color.__nothing__
except AttributeError as e:
    print("AttributeError:", e)
try:
    Level.HIGH
except AttributeError as e:
    print("AttributeError:", e)
print(Color.GREEN)
