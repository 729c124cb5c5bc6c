# A typed LRU cache and employee tree: Generic classes, Literal/Union/Type aliases and
# dataclasses annotated with typing names, as typed third-party programs write them.
from typing import TypeVar, Generic, Optional, Iterator, Sequence, Mapping, overload, Union, Literal, Final, cast, Any, Type
import typing
K = TypeVar("K"); V = TypeVar("V")
class LRU(Generic[K, V]):
    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.data: dict[K, V] = {}
    def get(self, k: K) -> Optional[V]:
        if k not in self.data: return None
        v = self.data.pop(k); self.data[k] = v; return v
    def put(self, k: K, v: V) -> None:
        self.data.pop(k, None); self.data[k] = v
        if len(self.data) > self.cap: self.data.pop(next(iter(self.data)))
    def __repr__(self) -> str: return f"LRU({self.data})"
c: LRU[str, int] = LRU[str, int](2)
c.put("a", 1); c.put("b", 2); c.get("a"); c.put("c", 3)
print(c, c.__orig_class__, type(c), LRU.__parameters__)
Mode = Literal["r", "w"]
print(Mode, typing.get_args(Mode), Final[int], cast(int, "x"), cast("list[int]", 3))
def first(xs: Sequence[K]) -> K: return xs[0]
print(first([3, 4]), first.__annotations__)
def make(cls: Type[K]) -> K: return cls()
print(make(list), Type[int], typing.Type)
Number = Union[int, float]
def half(x: Number) -> float: return x / 2
print(half(3), Number, isinstance(3.0, Number) if hasattr(Number, "__instancecheck__") else "")
print(typing.Optional[int] == typing.Union[int, None], typing.List[int] == list[int], typing.Dict is dict, typing.List is list)
print(repr(typing.Any), typing.NoReturn, typing.Iterator[int], typing.Generator[int, None, None], typing.Awaitable[str])
class Tree(Generic[K]):
    def __init__(self, v: K, kids: "list[Tree[K]]" = []): self.v, self.kids = v, kids
print(typing.get_type_hints(Tree.__init__))

from dataclasses import dataclass, field, fields
from typing import Optional, List, Dict, ClassVar, Generic, TypeVar, Iterator, Protocol, Union, Callable, Any
import inspect
T = TypeVar("T")
@dataclass
class Employee:
    name: str
    manager: Optional["Employee"] = None
    reports: List["Employee"] = field(default_factory=list)
    count: ClassVar[int] = 0
    def chain(self) -> Iterator[str]:
        e: Optional["Employee"] = self
        while e:
            yield e.name
            e = e.manager
boss = Employee("Boss"); mid = Employee("Mid", boss); low = Employee("Low", mid)
print(list(low.chain()), [f.name for f in fields(Employee)], Employee.__annotations__)
print(inspect.signature(Employee))
class Queue(Generic[T]):
    def __init__(self) -> None: self.items: List[T] = []
    def put(self, x: T) -> None: self.items.append(x)
    def get(self) -> T: return self.items.pop(0)
q: Queue[int] = Queue()
q.put(1); q.put(2); print(q.get(), q.items, Queue[int], Queue.__parameters__)
Handler = Callable[[str], None]
Json = Union[Dict[str, Any], List[Any], str, int, float, bool, None]
print(Handler, Json)
def apply(f: Callable[[int], int], x: int) -> int: return f(x)
print(apply(lambda v: v * 2, 21), apply.__annotations__)
