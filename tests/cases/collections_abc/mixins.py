from collections.abc import Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet
from collections.abc import Iterator, Sized


class Frozen(Mapping):
    def __init__(self, data):
        self._data = dict(data)

    def __getitem__(self, key):
        return self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return 'Frozen()'


f = Frozen({'a': 1, 'b': 2})
print(f['a'], f.get('z'), f.get('z', 0), 'a' in f, 'z' in f, len(f))
print(list(f.keys()), list(f.items()), list(f.values()))
print(f.keys(), f == {'a': 1, 'b': 2}, f != {'a': 1}, f == 3)
print(f.keys() & {'a', 'q'}, sorted(f.keys() | {'c'}), ('a', 1) in f.items(), 2 in f.values())
print(isinstance(f, Mapping), isinstance(f, MutableMapping), dict(f))


class Store(MutableMapping):
    def __init__(self, *args, **kwargs):
        self._data = {}
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        return self._data[key.lower()]

    def __setitem__(self, key, value):
        self._data[key.lower()] = value

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return f'Store({self._data})'


s = Store({'A': 1}, B=2)
s.update([('C', 3)])
print(s, s.setdefault('D', 4), s.setdefault('a', 9), s.pop('b'), s.pop('zz', 'dflt'))
print(s.popitem(), s)
try:
    s.pop('missing')
except KeyError as e:
    print('KeyError', e)
s.clear()
print(s, len(s))
try:
    s.popitem()
except KeyError as e:
    print('KeyError', repr(e))


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


sq = Squares(5)
print(list(sq), 9 in sq, 10 in sq, list(reversed(sq)), sq.index(9), sq.count(4))
try:
    sq.index(7)
except ValueError as e:
    print('ValueError', repr(e))


class Vec(MutableSequence):
    def __init__(self, items=()):
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
        return f'Vec({self._items})'


v = Vec([3, 1])
v.append(4)
v.extend([1, 5])
v += [9]
print(v, v.pop(), v.pop(0), v)
v.remove(1)
v.reverse()
print(v, v.index(4))
v.clear()
print(v)


class Bits(MutableSet):
    def __init__(self, it=()):
        self._s = set()
        for x in it:
            self.add(x)

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
        return f'Bits({sorted(self._s)})'


a, b = Bits([1, 2, 3]), Bits([3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, Bits([3]) < a, a == Bits([3, 2, 1]), a.isdisjoint(b))
a |= [7]
a -= [1]
print(a, a.pop(), a)
try:
    a.remove(100)
except KeyError as e:
    print('KeyError', e)


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


c = Countdown(3)
print(iter(c) is c, list(c))
try:
    Sized()
except TypeError as e:
    print('TypeError:', e)


class Half(Mapping):
    def __getitem__(self, key):
        return key


try:
    Half()
except TypeError as e:
    print('TypeError:', e)
