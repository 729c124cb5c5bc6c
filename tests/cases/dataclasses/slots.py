from dataclasses import dataclass, field
@dataclass(slots=True)
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list)
    def total(self):
        return self.x + self.y
p = P(1)
print(p, p.total(), P.__slots__, P.__qualname__)
try:
    p.w = 1
except AttributeError as e:
    print(e)
@dataclass(slots=True, frozen=True)
class F:
    a: int
    b: str = "x"
f = F(1)
print(f, hash(f) == hash(F(1)))
try:
    f.a = 2
except Exception as e:
    print(type(e).__name__, e)
@dataclass(slots=True)
class Q(P):
    q: int = 5
print(Q(1, 2), Q.__slots__)
try:
    @dataclass(slots=True)
    class S:
        __slots__ = ("a",)
        a: int
except TypeError as e:
    print(e)
print(hasattr(p, "__dict__"), "x" in dir(p))
