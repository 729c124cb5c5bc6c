# typing used by library-style code: Protocol and ABC aliases as bases, Annotated stripped by
# get_type_hints, ParamSpec, instantiable aliases (Deque, Counter) and refusing ones (List).
import typing, collections.abc
from typing import Protocol, TypeVar, Generic, runtime_checkable, Annotated, ParamSpec, Callable, Sequence, Iterator, Mapping
from dataclasses import dataclass, field
T = TypeVar("T")
@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), SupportsClose), isinstance(1, SupportsClose))
class Container(Protocol[T]):
    def get(self) -> T: ...
class IntSeq(Sequence[int]):
    def __init__(self, *xs): self.xs = xs
    def __getitem__(self, i): return self.xs[i]
    def __len__(self): return len(self.xs)
s = IntSeq(3, 1, 2)
print(list(s), s.index(1), IntSeq.__mro__[1:3], isinstance(s, collections.abc.Sequence))
class Registry(Mapping[str, int]):
    def __init__(self): self._d = {"a": 1}
    def __getitem__(self, k): return self._d[k]
    def __iter__(self) -> Iterator[str]: return iter(self._d)
    def __len__(self): return 1
r = Registry(); print(dict(r), r.get("b", 0), "a" in r, list(r.items()))
@dataclass
class M:
    x: Annotated[int, "meters"] = 0
    tags: list[str] = field(default_factory=list)
print(M(), M.__annotations__, typing.get_type_hints(M), typing.get_type_hints(M, include_extras=True) if False else "")
print(type[int], typing.Deque[int](), typing.Counter("aab"), typing.DefaultDict(int))
P = ParamSpec("P")
def logged(f: Callable[P, T]) -> Callable[P, T]:
    def w(*a: P.args, **k: P.kwargs) -> T: return f(*a, **k)
    return w
print(logged(lambda x: x + 1)(1), P)
Vector = list[float]
def scale(k: float, v: Vector) -> Vector: return [k * x for x in v]
print(scale(2, [1.0, 2.5]), Vector, typing.TYPE_CHECKING)
class Node(Generic[T]):
    def __init__(self, v: T, nxt: "typing.Optional[Node[T]]" = None): self.v, self.nxt = v, nxt
print(typing.get_type_hints(Node.__init__))
for bad in (lambda: typing.List[int](), lambda: typing.Dict(), lambda: typing.ClassVar[int]()):
    try:
        bad()
    except TypeError as e:
        print(e)
print(typing.get_type_hints(M, include_extras=True))

from typing import Concatenate, get_args

print(Callable[P, T], get_args(Callable[P, T]), Callable[P, T].__parameters__, P.args, P.kwargs, P.__name__)
print(Callable[Concatenate[int, P], T], Callable[[int, str], T][bool])
class G(Generic[P, T]):
    pass
print(G.__parameters__)
