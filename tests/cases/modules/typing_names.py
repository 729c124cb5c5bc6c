# typing names import and subscript; annotations do not change behaviour.
from typing import Any, Callable, Dict, List, Optional, Tuple, Union
import typing

Vector = List[float]
Pair = Tuple[int, str]


def scale(k: float, v: Vector) -> Vector:
    return [k * x for x in v]


def lookup(d: Dict[str, int], key: str) -> Optional[int]:
    return d.get(key)


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


count: int = 0
names: List[str] = []
names.append("a")
print(scale(2.0, [1.0, 2.5]), lookup({"a": 1}, "b"), apply(lambda n: n + 1, 4), names)
print(Vector, Pair, Optional[int], Union[int, str], Any, Dict[str, List[int]])
print(typing.cast(int, "x"), typing.TYPE_CHECKING, typing.TypeVar("T"))
print(Callable[[int, str], bool])
