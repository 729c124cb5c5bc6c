# Generic[T] classes: Box[int] aliases, __parameters__, __orig_bases__, get_origin/get_args,
# subclassing subscripted generics and the errors for misuse.
from typing import Generic, TypeVar, Optional, Union, Callable, List, Dict, get_origin, get_args, Any, Tuple
import typing, types
T = TypeVar("T")
K = TypeVar("K", bound=int)
V = TypeVar("V", str, bytes, covariant=True)
print(T, K, V, repr(T))
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box[int])
print(Box.__parameters__)
print(Box.__orig_bases__)
print(Box.__mro__, Box.__bases__)
b = Box[int](3)
print(b.get(), type(b).__name__, b.__orig_class__)
print(get_origin(Box[int]), get_args(Box[int]))
print(list[int], dict[str, int], tuple[int, ...])
print(get_args(list[int]), get_args(dict[str, int]), get_origin(dict[str, int]))
print(Optional[int], Union[int, str], Union[int, None, str])
print(int | None, type(int | None), int | str | None)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(3.0, int | str))
print(get_args(int | None), get_args(Optional[int]), get_origin(Optional[int]))
print(Callable[[int], str], Callable[..., int], get_args(Callable[[int], str]))
print(List[int], Dict[str, List[int]], Tuple[int, str], Any)
print(get_origin(List[int]), get_args(Dict[str, int]))
class Pair(Generic[K, V]): pass
print(Pair[int, str], Pair.__parameters__)
print(Box[List[int]])
print(typing.get_type_hints(Box.get))
print(Optional[List[int]])
print(Union[int])
print(Union[int, int, str])
print(Box[T].__parameters__)
class IntBox(Box[int]): pass
print(IntBox.__orig_bases__, IntBox.__parameters__, IntBox.__mro__)
print(IntBox(4).get())
print(list[int]([1,2]))
print(types.UnionType, types.GenericAlias)
print(typing.Sequence[int], typing.Iterable[str], typing.Mapping[str, int])
class Stack(List[T]): pass
print(Stack.__mro__, Stack.__parameters__, Stack[int])
s = Stack(); s.append(1); print(s)
try:
    Box[int, str]
except TypeError as e: print(e)
try:
    class Bad(Generic): pass
except TypeError as e: print(e)
try:
    class Bad2(Box[T], Generic[K]): pass
except TypeError as e: print(e)
class Sub(Box): pass
print(Sub.__parameters__)
class Tree(Generic[T]):
    def __init__(self, v: T, kids: "List[Tree[T]]" = None): self.v = v
print(Tree[str]("x").v)
from typing import Protocol
class P(Protocol[T]):
    def m(self) -> T: ...
print(P.__mro__[0].__name__)
