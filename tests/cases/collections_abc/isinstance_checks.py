from collections import abc, deque, OrderedDict, Counter, defaultdict
import collections.abc
from collections.abc import Mapping, MutableMapping, Sequence, Iterable

print(collections.abc is abc, abc.Mapping.__module__, abc.Mapping, repr(abc.Sized))


def gen():
    yield 1


class WithIter:
    def __iter__(self):
        return iter([])


class WithLenIterContains:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False


class Unhashable:
    def __eq__(self, other):
        return True


class CallMe:
    def __call__(self):
        pass


class NoIter(WithIter):
    __iter__ = None


values = [[], (), 'abc', b'ab', bytearray(), {}, set(), frozenset(), range(3), iter([]),
          gen(), {}.keys(), {}.items(), {}.values(), 3, 2.5, None, len, gen, lambda: 0,
          WithIter(), WithLenIterContains(), Unhashable(), CallMe(), NoIter(), deque(),
          OrderedDict(), Counter(), defaultdict(int), zip(), map(str, []),
          enumerate([]), int, object()]
names = ['Hashable', 'Iterable', 'Iterator', 'Reversible', 'Generator', 'Sized', 'Container',
         'Collection', 'Callable', 'Set', 'MutableSet', 'Mapping', 'MutableMapping',
         'Sequence', 'MutableSequence', 'ByteString', 'KeysView', 'ItemsView', 'ValuesView',
         'MappingView']
for v in values:
    label = type(v).__name__
    print(f'{label:20}', ''.join('X' if isinstance(v, getattr(abc, n)) else '.' for n in names))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, Iterable),
      issubclass(int, Iterable), issubclass(WithIter, Iterable))
try:
    issubclass(3, Iterable)
except TypeError as e:
    print('TypeError:', e)


class Registered:
    pass


Sequence.register(Registered)
print(isinstance(Registered(), Sequence), isinstance(Registered(), abc.Reversible),
      isinstance(Registered(), abc.MutableSequence))
try:
    Mapping()
except TypeError as e:
    print('TypeError:', e)
print(sorted(Mapping.__abstractmethods__), sorted(MutableMapping.__abstractmethods__))
print(sorted(abc.MutableSequence.__abstractmethods__), sorted(abc.Set.__abstractmethods__))
