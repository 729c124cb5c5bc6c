# typing's runtime classes: TypedDict makes plain dicts, runtime_checkable protocols
# check structure, NewType/overload/final/get_type_hints behave as in CPython.
from typing import (TypedDict, Protocol, runtime_checkable, NewType, overload, final,
                    get_type_hints, Optional, List, TypeVar, Generic, is_typeddict,
                    assert_never, Text, AnyStr, ContextManager, Pattern, SupportsIndex)


class Movie(TypedDict):
    title: str
    year: int


class Extended(Movie, total=False):
    rating: float


m = Movie(title="Alien", year=1979)
print(m, type(m).__name__, Movie.__total__, Extended.__total__)
print(Extended.__annotations__)
print(sorted(Extended.__required_keys__), sorted(Extended.__optional_keys__))
print(Movie.__mro__, is_typeddict(Movie), is_typeddict(dict))
Point = TypedDict("Point", {"x": int, "y": int})
print(Point(x=1, y=2), Point.__annotations__, Point.__module__)
for check in (lambda: isinstance(m, Movie), lambda: issubclass(dict, Movie)):
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)
try:
    class Bad(Movie, int):
        pass
except TypeError as e:
    print("TypeError:", e)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class SizedThing(Protocol):
    size: int


class File:
    def close(self):
        print("closing")


print(isinstance(File(), Closable), isinstance(42, Closable), type(Closable).__name__)
try:
    isinstance(File(), SizedThing)
except TypeError as e:
    print("TypeError:", e)
try:
    runtime_checkable(File)
except TypeError as e:
    print("TypeError:", e)

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item


print(Box(3).item)

UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__, UserId.__name__)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double("ab"))


@final
class Leaf:
    pass


print(Leaf.__final__)


class Config:
    name: str
    retries: "int"
    parent: Optional[int] = None


def load(path: "str", tags: List[str] = None) -> None:
    pass


print(get_type_hints(Config))
print(get_type_hints(load))
try:
    assert_never("unexpected")
except AssertionError as e:
    print("AssertionError:", e)
print(Text, AnyStr, ContextManager[int], Pattern[str], SupportsIndex)
