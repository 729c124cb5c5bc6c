# Generic ABCs subscripted, as type annotations evaluated at definition time do.
import typing
from collections.abc import (AsyncIterator, Callable, Collection, Container, Coroutine,
                             Generator, Hashable, ItemsView, Iterable, Iterator, KeysView,
                             Mapping, MutableMapping, MutableSequence, MutableSet, Sequence,
                             Set, Sized)


def apply(f: Callable[[int], int], xs: Iterable[int]) -> list[int]:
    return [f(x) for x in xs]


def pairs(m: Mapping[str, int]) -> Iterator[tuple[str, int]]:
    yield from sorted(m.items())


def run(cb: Callable[..., None], *args: int) -> None:
    cb(*args)


print(apply(lambda x: x * 2, [1, 2, 3]))
print(list(pairs({"b": 2, "a": 1})))
run(print, 1, 2)
print(apply.__annotations__["xs"], apply.__annotations__["return"])

for alias in (Iterable[int], Iterator[str], Mapping[str, int], MutableMapping[str, list[int]],
              Sequence[float], MutableSequence[bytes], Set[int], MutableSet[str],
              Collection[int], Container[int], Generator[int, None, str], KeysView[str],
              ItemsView[str, int], AsyncIterator[int], Coroutine[None, None, int]):
    print(alias, alias.__origin__.__name__, alias.__args__,
          typing.get_origin(alias) is alias.__origin__, typing.get_args(alias))

print(Mapping[str, int] == Mapping[str, int], Mapping[str, int] == Mapping[str, float])


class Registry(Mapping):
    def __init__(self):
        self._d = {"x": 1}

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


print(Registry[str, int].__origin__ is Registry, dict(Registry()))

for bad in (Sized, Hashable):
    try:
        bad[int]
    except TypeError as e:
        print("TypeError:", e)

try:
    isinstance([], Iterable[int])
except TypeError as e:
    print("TypeError:", e)
