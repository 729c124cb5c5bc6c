# The mixin methods' less common paths: views, hashing, index bounds, in-place set
# operators, generator/coroutine protocols and the structural checks' corner cases.
from collections import abc
from collections.abc import (Set, MutableSet, Mapping, MutableMapping, Sequence,
                             MutableSequence, Generator, Coroutine, Awaitable,
                             AsyncIterator, AsyncGenerator, AsyncIterable, Hashable,
                             Callable, Iterable, KeysView, ItemsView, ValuesView,
                             MappingView)
import asyncio


class FS(Set):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            if x not in self._items:
                self._items.append(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f'FS({sorted(self._items)})'

    __hash__ = Set._hash


a, b = FS([1, 2, 3]), FS([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, b - a)
print(a & [2, 9], [3, 9] & a, a | [8], [8] | a, a - [1], [1, 5] - a, a ^ [3, 7], [3, 7] ^ a)
print(a == FS([3, 2, 1]), a != b, a < FS([1, 2, 3, 4]), a > FS([1]), a >= a, a <= b)
print(a == {1, 2, 3}, a <= {1, 2, 3, 4}, {1, 2, 3} == a, a.isdisjoint([7, 8]), a.isdisjoint(b))
print(a.__and__(5), a.__sub__(5), a.__le__([1]), a.__eq__([1, 2, 3]))
try:
    a & 5
except TypeError as e:
    print('TypeError:', e)
print(hash(FS([1, 2, 3])) == hash(FS([3, 2, 1])), hash(FS()) == hash(FS()),
      hash(FS([1, 2])) == FS([1, 2])._hash(), hash(FS([5])) != hash(FS([6])))
print(FS([1, 2])._hash() == hash(frozenset([1, 2])), FS()._hash() == hash(frozenset()))


class MS(MutableSet):
    def __init__(self, items=()):
        self._s = set(items)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)

    def __repr__(self):
        return f'MS({sorted(self._s)})'


m = MS([1, 2, 3, 4])
m &= [2, 3, 9]
print(m)
m ^= [3, 5]
print(m)
m ^= m
print(m)
m |= range(4)
m -= [0]
print(m)
m -= m
print(m)
m.add(7)
m.remove(7)
try:
    m.pop()
except KeyError as e:
    print('KeyError', repr(e))
m |= {4, 6}
m.clear()
print(m, len(m))


class D(Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return 'D()'


d = D(x=1, y=[2])
print(d.keys(), d.items(), d.values(), len(d.keys()), len(d.items()), len(d.values()))
print(repr(KeysView(d)), repr(ValuesView({})), repr(ItemsView({1: 2})))
print(('y', [2]) in d.items(), ('y', 3) in d.items(), ('q', 1) in d.items(), [2] in d.values())
print(d.keys() == {'x', 'y'}, sorted(d.keys() | {'z'}), sorted(d.keys() - {'x'}),
      d.keys() ^ {'x'}, d.keys() & ['y', 'w'])
print(list(reversed(KeysView({1: 2, 3: 4}))) if hasattr(KeysView, '__reversed__') else 'no')
print(d == D(y=[2], x=1), d == {'x': 1, 'y': [2]}, d != {'x': 1}, d.__eq__(1))
print(isinstance(d.keys(), Set), isinstance(d.items(), Set), isinstance(d.values(), Set))
print(Mapping.__reversed__, Mapping.__hash__, hasattr(d, '__reversed__'))
try:
    reversed(d)
except TypeError as e:
    print('TypeError:', e)
try:
    hash(d)
except TypeError as e:
    print('TypeError:', e)
try:
    ('a',) in d.items()
except ValueError as e:
    print('ValueError:', e)
print(MappingView(d), len(MappingView([1, 2])))


class MM(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return 'MM()'


class KeysOnly:
    def keys(self):
        return ['p', 'q']

    def __getitem__(self, k):
        return k * 2


mm = MM()
mm.update(D(a=1))
mm.update(KeysOnly())
mm.update([('z', 26)], other=5, self=6)
mm.update()
print(dict(mm), mm.pop('a'), mm.pop('a', None), mm.setdefault('n'), dict(mm))
for bad in (5, [1], [(1, 2, 3)]):
    try:
        mm.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    mm.update({}, {})
except TypeError as e:
    print('TypeError:', e)
try:
    MM.update()
except TypeError as e:
    print('TypeError:', e)
try:
    mm.pop()
except TypeError as e:
    print('TypeError:', e)
print(mm.get('nope', 'dflt'), 'p' in mm, mm.keys(), mm.popitem())


class Seq(Sequence):
    def __init__(self, *items):
        self._items = items

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


s = Seq(1, 2, 3, 2, 1, 2)
print(s.index(2), s.index(2, 2), s.index(2, -3), s.index(1, 1, 5))
for args in ((7,), (1, 1, 4), (2, 4, 5), (1, -2, -1), (3, 4, 100)):
    try:
        print(s.index(*args))
    except ValueError as e:
        print('ValueError', repr(e))
print(s.count(2), s.count(9), list(reversed(s)), 3 in s, 9 in s, list(iter(s)))
print(isinstance(s, abc.Reversible), Seq.__hash__)
print(Sequence.index.__defaults__, MutableSequence.pop.__defaults__)


class MSeq(MutableSequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)

    def __repr__(self):
        return f'MSeq{tuple(self._items)}'


ms = MSeq(1, 2, 3)
ms.extend(ms)
print(ms)
ms.reverse()
print(ms, ms.pop(1), ms)
ms += (8, 9)
ms.extend(x * 10 for x in range(2))
print(ms, ms.remove(9), ms)
try:
    ms.remove(99)
except ValueError as e:
    print('ValueError', repr(e))
ms.clear()
try:
    ms.pop()
except IndexError as e:
    print('IndexError:', e)
print(ms)


def gen():
    got = yield 1
    print('got', got)
    try:
        yield 2
    except KeyError:
        yield 'caught'


class Wrap(Generator):
    def __init__(self):
        self._g = gen()

    def send(self, value):
        return self._g.send(value)

    def throw(self, typ, val=None, tb=None):
        return self._g.throw(typ, val, tb)


w = Wrap()
print(next(w), w.send('hi'), w.throw(KeyError), iter(w) is w)
w.close()
print(isinstance(w, Generator), isinstance(gen(), Generator), issubclass(Wrap, abc.Iterator))


class Stubborn(Generator):
    def send(self, value):
        return 1

    def throw(self, *args):
        return 2


try:
    Stubborn().close()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    Generator.throw(Stubborn(), ValueError)
except ValueError as e:
    print('ValueError', repr(e))
try:
    Generator.throw(Stubborn(), ValueError, ValueError('v'))
except ValueError as e:
    print('ValueError', repr(e))
try:
    Generator.send(Stubborn(), 1)
except StopIteration as e:
    print('StopIteration', repr(e))


class Coro(Coroutine):
    def __await__(self):
        return iter([])

    def send(self, value):
        raise StopIteration(value)

    def throw(self, typ, val=None, tb=None):
        raise typ


c = Coro()
c.close()
print(isinstance(c, Awaitable), isinstance(c, Coroutine), issubclass(Coro, Awaitable))


class Stubborn2(Coroutine):
    def __await__(self):
        yield

    def send(self, v):
        pass

    def throw(self, *a):
        pass


try:
    Stubborn2().close()
except RuntimeError as e:
    print('RuntimeError:', e)


class Ticker(AsyncIterator):
    def __init__(self, n):
        self.n = n

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class AG(AsyncGenerator):
    def __init__(self):
        self.sent = []

    async def asend(self, value):
        self.sent.append(value)
        if len(self.sent) > 2:
            raise StopAsyncIteration
        return len(self.sent)

    async def athrow(self, typ, val=None, tb=None):
        raise typ


class StubbornAG(AG):
    async def athrow(self, typ, val=None, tb=None):
        return 0


async def main():
    t = Ticker(3)
    print(t.__aiter__() is t, [x async for x in t])
    ag = AG()
    print([x async for x in ag], ag.sent)
    await ag.aclose()
    try:
        await StubbornAG().aclose()
    except RuntimeError as e:
        print('RuntimeError:', e)


async def agen():
    yield 1


asyncio.run(main())
print(isinstance(agen(), AsyncGenerator), isinstance(Ticker(1), AsyncIterable),
      isinstance(AG(), AsyncIterator), issubclass(AG, AsyncGenerator))
print(isinstance(1, Hashable), isinstance([], Hashable), isinstance(print, Callable),
      issubclass(type, Callable), isinstance(Ticker, Callable))
for cls in (Generator, Coroutine, AsyncGenerator, AsyncIterator, Awaitable, AsyncIterable,
            Hashable, Callable, Iterable, abc.Iterator, abc.Reversible, abc.Sized,
            abc.Container, abc.Collection, MutableSet, MutableSequence, MutableMapping,
            KeysView, ItemsView, ValuesView, MappingView, abc.ByteString):
    print(cls.__name__, sorted(cls.__abstractmethods__), [b.__name__ for b in cls.__bases__])


class NoHash:
    __hash__ = None


class Sub(NoHash):
    def __hash__(self):
        return 1


class Iter2:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class Rev(Iter2):
    def __reversed__(self):
        return self


class Unrev(list):
    __reversed__ = None


print(isinstance(NoHash(), Hashable), isinstance(Sub(), Hashable), isinstance(Iter2(), abc.Iterator),
      isinstance(Rev(), abc.Reversible), isinstance(Unrev(), abc.Reversible),
      isinstance(Unrev(), Sequence))
print(issubclass(bytes, abc.ByteString), issubclass(bytearray, abc.ByteString),
      issubclass(memoryview, Sequence), issubclass(str, abc.ByteString))
print(abc.__all__ == sorted(abc.__all__), len(abc.__all__), sorted(abc.__all__)[:5])
