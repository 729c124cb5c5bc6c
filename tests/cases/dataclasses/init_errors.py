# The generated __init__ reports bad calls, and failures inside it, as CPython's does.
import traceback
from dataclasses import dataclass, field, InitVar


@dataclass
class Order:
    qty: int
    price: float = 1.0
    tags: list = field(default_factory=list)
    note: str = field(default="", init=False)

    def __post_init__(self):
        if self.qty <= 0:
            raise ValueError(f"qty must be positive, got {self.qty}")


@dataclass(frozen=True)
class Frozen:
    self: int
    scale: InitVar[int] = 2
    total: int = field(init=False, default=0)

    def __post_init__(self, scale):
        object.__setattr__(self, "total", self.self * scale)


@dataclass(kw_only=True)
class Opts:
    level: int
    name: str = "x"


def broken_factory():
    raise RuntimeError("factory failed")


@dataclass
class Lazy:
    items: list = field(default_factory=broken_factory)


print(Order(2), Order(3, 2.5, ["a"]), Frozen(4), Frozen(5, 3), Opts(level=1))
for make in [lambda: Order(), lambda: Order(1, 2, 3, 4), lambda: Order(1, qty=2),
             lambda: Order(1, colour="red"), lambda: Opts(), lambda: Opts(1),
             lambda: Frozen(), lambda: Lazy([1]), lambda: Order(0)]:
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    Lazy()
except RuntimeError:
    traceback.print_exc()
Order(-1, 9.99)
