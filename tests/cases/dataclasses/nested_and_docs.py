from dataclasses import dataclass, field
from typing import Dict, List, Optional


def make():
    @dataclass
    class Inner:
        a: int

    return Inner(1)


print(make())


class Outer:
    @dataclass
    class Nested:
        b: str = "x"


print(Outer.Nested(), Outer.Nested.__doc__)


@dataclass
class Typed:
    names: List[str]
    scores: Dict[str, int] = field(default_factory=dict)
    best: Optional[int] = None
    ratio: float = 0.5
    label: "str" = "n/a"


print(Typed.__doc__)
print(Typed(["a"]))


@dataclass
class Documented:
    """Has its own docstring."""
    x: int


print(Documented.__doc__)


@dataclass
class WithProperty:
    _value: int = 0

    @property
    def value(self):
        return self._value * 2


print(WithProperty(3).value, WithProperty())
