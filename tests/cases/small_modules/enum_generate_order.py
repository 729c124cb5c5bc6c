# _generate_next_value_ decides the values auto() gives, so it must come before any
# member that used auto(); plain values before it are fine.
from enum import Enum, auto

try:

    class Late(Enum):
        ONE = auto()
        TWO = auto()

        def _generate_next_value_(name, start, count, last_values):
            return name.lower()

except TypeError as e:
    print("TypeError:", e)


class Early(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    CIRCLE = auto()
    SQUARE = auto()


print([m.value for m in Early])


class PlainFirst(Enum):
    A = 10

    def _generate_next_value_(name, start, count, last_values):
        return count * 100

    B = auto()
    C = auto()


print([(m.name, m.value) for m in PlainFirst])
