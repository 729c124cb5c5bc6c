from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), str(p))
print(Point(3), Point(x=4, y=5), Point(y=6, x=7))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(p.x, p.y, Point.y, Point.__doc__)
p.x = 10
print(p)
print([f.name for f in fields(Point)], [f.type for f in fields(p)])
print(asdict(p), astuple(p))
print(replace(p, y=99), p)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(3), is_dataclass(int))
print(Point.__hash__, Point.__match_args__)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list)
    registry: ClassVar[int] = 0

    def total_cost(self) -> float:
        return self.unit_price * self.quantity


a = Inventory("widget", 2.5, 4)
b = Inventory("gadget", 1.0)
a.tags.append("new")
print(a, b, a.total_cost(), b.tags is a.tags)
print([f.name for f in fields(a)], Inventory.registry)
print(asdict(a))


@dataclass
class WithPost:
    a: int
    b: int
    total: int = field(init=False)
    hidden: str = field(default="h", repr=False)
    loose: int = field(default=0, compare=False)

    def __post_init__(self):
        self.total = self.a + self.b


w = WithPost(1, 2)
print(w, w.total, w.hidden)
print(WithPost(1, 2, loose=5) == WithPost(1, 2, loose=6))
print(WithPost.__doc__)


@dataclass
class Line:
    start: Point
    end: Point
    points: list = field(default_factory=list)


ln = Line(Point(0, 0), Point(3, 4), [Point(1, 1)])
print(ln)
print(asdict(ln))
print(astuple(ln))
d = asdict(ln)
d["points"].append("x")
print(len(ln.points))


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Child(Base):
    z: int = 2
    x: int = 5


print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])


@dataclass
class Custom:
    value: int

    def __repr__(self):
        return f"<Custom {self.value}>"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2))


@dataclass(repr=False, eq=False)
class Plain:
    a: int


pl = Plain(1)
print(pl == Plain(1), type(repr(pl)).__name__, hash(pl) == hash(pl))


class NotData:
    pass


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


n = Node(1)
n.children.append(n)
print(n)
print(Node(2, [Node(3)]))


@dataclass
class Defaults:
    a: int = field(default=5)
    b: dict = field(default_factory=dict)
    c: str = "c"


print(Defaults(), Defaults.a, Defaults.c, hasattr(Defaults, "b"))
