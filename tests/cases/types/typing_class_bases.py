# typing.NamedTuple classes, Generic[T] and Protocol as bases; tuple() of a namedtuple.
from collections import namedtuple
from typing import Generic, List, NamedTuple, Optional, Protocol, TypeVar

T = TypeVar("T")


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0

    def describe(self) -> str:
        return f"{self.name} ({self.dept})"

    @property
    def monthly(self) -> float:
        return self.salary / 12


e = Employee("Ann")
print(e, e.describe(), Employee("Bob", salary=1200.0).monthly)
print(tuple(e), list(e), e._fields, e._field_defaults, e._asdict())
print(e._replace(dept="ops"), Employee._make(["Cy", "qa", 1.0]), e == ("Ann", "eng", 0.0))
print(isinstance(e, tuple), Employee.__name__, len(e), e[0], e[-1])
name, dept, salary = e
print(name, dept, salary, sorted([Employee("b"), Employee("a")]))
try:
    e.name = "x"
except AttributeError as err:
    print(err)
try:
    Employee()
except TypeError as err:
    print(err)

Point = NamedTuple("Point", [("x", int), ("y", int)])
p = Point(1, 2)
print(p, p.x + p.y, Point._fields)

P = namedtuple("P", "x y")
q = P(3, 4)
print(tuple(q), type(tuple(q)).__name__, tuple(q) == q, type(q + (5,)).__name__, q[:1])


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.pop(), s.pop(), isinstance(s, Stack))


class Greeter(Protocol):
    def greet(self) -> str: ...


class English:
    def greet(self) -> str:
        return "hello"


def welcome(g: Greeter) -> str:
    return g.greet().title()


print(welcome(English()))
try:

    class Bad(NamedTuple):
        x: int = 0
        y: int

except TypeError as err:
    print(err)
try:

    class Bad2(NamedTuple):
        x: int

        def _asdict(self):
            return {}

except AttributeError as err:
    print(err)
