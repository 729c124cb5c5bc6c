import dataclasses
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1) <= Version(1), Version(3) > Version(3))
print(max(vs), min(vs))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)


print(sorted([Task(3, "c"), Task(1, "a"), Task(2, "b")]))


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float


c = Coord(1.5, 2.5)
print(c, hash(c) == hash((1.5, 2.5)), {c: "here"}[Coord(1.5, 2.5)])
try:
    c.lat = 3.0
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    c.other = 1
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del c.lon
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(dataclasses.replace(c, lat=0.0), c)
print(len({Coord(0, 0): 1, Coord(0, 0): 2, Coord(1, 0): 3}))


@dataclass(frozen=True)
class Frozen3D(Coord):
    alt: float = 0.0


f3 = Frozen3D(1, 2, 3)
print(f3)
try:
    f3.alt = 1
except FrozenInstanceError as e:
    print(e)


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(default=None, hash=False)


print(hash(Hashed(1)) == hash(Hashed(1, [1])))


@dataclass(eq=False)
class Identity:
    a: int


i = Identity(1)
print(i == Identity(1), i == i, hash(i) == hash(i))


@dataclass
class KW:
    a: int
    _: dataclasses.KW_ONLY
    b: int = 2
    c: int


print(KW(1, c=3), KW(a=1, b=5, c=0))
try:
    KW(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = 0


print(AllKW(x=1))
try:
    AllKW(1)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class WithInitVar:
    a: int
    scale: dataclasses.InitVar[int] = 1

    def __post_init__(self, scale):
        self.a *= scale


print(WithInitVar(2), WithInitVar(2, 10), [f.name for f in dataclasses.fields(WithInitVar)])


@dataclass(init=False)
class NoInit:
    a: int = 1


print(NoInit())
