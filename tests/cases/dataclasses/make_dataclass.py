import dataclasses
from dataclasses import make_dataclass, field

Point = make_dataclass("Point", [("x", int), ("y", int, field(default=0))])
print(Point(1), Point(1, 2) == Point(1, 2), [f.name for f in dataclasses.fields(Point)])
Named = make_dataclass("Named", ["a", ("b", str)], namespace={"hello": lambda self: f"hi {self.a}"})
print(Named(1, "x"), Named(1, "x").hello())
Frozen = make_dataclass("Frozen", [("v", float)], frozen=True, order=True)
print(sorted([Frozen(2.0), Frozen(1.0)]), hash(Frozen(1.0)) == hash((1.0,)))
try:
    Frozen(1.0).v = 2.0
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
Child = make_dataclass("Child", [("z", int, field(default=9))], bases=(Point,))
print(Child(1, 2), Child(5))
print(len({Frozen(0.0), Frozen(0.0), Frozen(1.0)}), Frozen(1.0) in {Frozen(1.0)})
