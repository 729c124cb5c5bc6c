"""The container protocols as abstract classes.

Two uses: asking (isinstance/issubclass recognise builtins, which are
registered below, and any class whose MRO defines the protocol's methods)
and building (a subclass writes the few abstract methods and inherits the
rest: Mapping gives get/keys/items/..., MutableSequence gives append/pop/...).

gilpy's built-in types keep their methods out of __dict__, so the
structural checks read a table of what each builtin defines."""

from abc import abstractmethod, ABCMeta
from _collections import deque
import sys

# Subscripting a generic ABC (`Iterable[int]`, in annotations) makes a plain alias.
GenericAlias = type(list[int])

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
           'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized',
           'Container', 'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping',
           'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
           'Sequence', 'MutableSequence', 'ByteString']


# --- What the builtins define -------------------------------------------

def _methods(names, hashable=True):
    """A builtin's methods as its __dict__ would list them: an unhashable
    type has __hash__ set to None."""
    methods = dict.fromkeys(names.split(), True)
    methods['__hash__'] = True if hashable else None
    return methods


_ITER = '__iter__ __next__'
_COLLECTION = '__iter__ __len__ __contains__'


async def _coroutine():
    pass


async def _async_generator():
    yield


def _generator():
    yield


_coro = _coroutine()
_BUILTIN_METHODS = {
    object: _methods(''),
    list: _methods(_COLLECTION + ' __getitem__ __reversed__', hashable=False),
    tuple: _methods(_COLLECTION + ' __getitem__'),
    str: _methods(_COLLECTION + ' __getitem__'),
    bytes: _methods(_COLLECTION + ' __getitem__'),
    bytearray: _methods(_COLLECTION + ' __getitem__', hashable=False),
    range: _methods(_COLLECTION + ' __getitem__ __reversed__'),
    dict: _methods(_COLLECTION + ' __getitem__ __reversed__', hashable=False),
    set: _methods(_COLLECTION, hashable=False),
    frozenset: _methods(_COLLECTION),
    type({}.keys()): _methods(_COLLECTION + ' __reversed__', hashable=False),
    type({}.items()): _methods(_COLLECTION + ' __reversed__', hashable=False),
    type({}.values()): _methods('__iter__ __len__ __reversed__'),
    type(_generator()): _methods(_ITER + ' send throw close'),
    type(_coro): _methods('__await__ send throw close'),
    type(_async_generator()): _methods('__aiter__ __anext__ asend athrow aclose'),
    type(len): _methods('__call__'),
    type(_generator): _methods('__call__'),
    type(object().__str__): _methods('__call__'),
    type([].append): _methods('__call__'),
    type: _methods('__call__'),
    deque: _methods(_COLLECTION + ' __getitem__ __reversed__', hashable=False),
}
_coro.close()
del _coro
for _iterable in ([], (), '', b'', bytearray(), {}, {}.keys(), {}.values(), {}.items(),
                  set(), range(1)):
    _BUILTIN_METHODS[type(iter(_iterable))] = _methods(_ITER)
for _iterator in (reversed([]), reversed(range(1)), zip(), map(len, []), filter(None, []),
                  enumerate([])):
    _BUILTIN_METHODS[type(_iterator)] = _methods(_ITER)
del _iterable, _iterator


def _own_methods(cls):
    known = _BUILTIN_METHODS.get(cls)
    if known is not None:
        return known
    if getattr(cls, '__module__', 'builtins') == 'builtins':
        return {}
    return cls.__dict__


def _defines_all(cls, names):
    """True when cls's MRO provides every name; NotImplemented (leaving the
    answer to registration) when one is missing or set to None by the first
    class that mentions it."""
    for name in names:
        owner = next((k for k in cls.__mro__ if name in _own_methods(k)), None)
        if owner is None or _own_methods(owner)[name] is None:
            return NotImplemented
    return True


def _structural(*names):
    """Makes the decorated ABC accept any class defining `names`.  The hook
    answers for that very ABC only: Mapping inherits Collection's hook but
    must not accept every class with __len__, __iter__ and __contains__."""
    def install(abc_class):
        def __subclasshook__(cls, other):
            return _defines_all(other, names) if cls is abc_class else NotImplemented
        abc_class.__subclasshook__ = classmethod(__subclasshook__)
        return abc_class
    return install


# --- Shared bodies ------------------------------------------------------

def _same(a, b):
    # Containers find an item by identity before equality, so a NaN is in
    # the sequence it was put in.
    return a is b or a == b


def _raise_thrown(typ, val, tb):
    """throw()'s default: raise what was thrown, instantiating a bare class
    only when a traceback has to be attached to it."""
    if val is None:
        val = typ if tb is None else typ()
    raise val if tb is None else val.with_traceback(tb)


def _close_by_throwing(obj, kind):
    try:
        obj.throw(GeneratorExit)
    except (StopIteration, GeneratorExit):
        return
    raise RuntimeError(kind + ' ignored GeneratorExit')


# --- One-method protocols -----------------------------------------------

@_structural('__hash__')
class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0


@_structural('__await__')
class Awaitable(metaclass=ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    def __await__(self):
        yield


@_structural('__await__', 'send', 'throw', 'close')
class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        _close_by_throwing(self, 'coroutine')


@_structural('__aiter__')
class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


@_structural('__anext__', '__aiter__')
class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self


@_structural('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')
class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (StopAsyncIteration, GeneratorExit):
            return
        raise RuntimeError('asynchronous generator ignored GeneratorExit')


@_structural('__iter__')
class Iterable(metaclass=ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    def __iter__(self):
        yield from ()


@_structural('__iter__', '__next__')
class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


@_structural('__reversed__', '__iter__')
class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        yield from ()


@_structural('__iter__', '__next__', 'send', 'throw', 'close')
class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        _close_by_throwing(self, 'generator')


@_structural('__len__')
class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0


@_structural('__contains__')
class Container(metaclass=ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    def __contains__(self, x):
        return False


@_structural('__len__', '__iter__', '__contains__')
class Collection(Sized, Iterable, Container):
    __slots__ = ()


@_structural('__call__')
class Callable(metaclass=ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


# --- Sets ---------------------------------------------------------------

def _set_relation(s, other, sizes_allow, subset_side):
    """A comparison of Set with another Set: the sizes must allow it, then
    every member of one side (the one meant to be the subset) must be in
    the other."""
    if not isinstance(other, Set):
        return NotImplemented
    small, big = (s, other) if subset_side == 'left' else (other, s)
    return sizes_allow(len(s), len(other)) and all(x in big for x in small)


def _set_operand(s, other):
    """`other` as a Set for a binary operator on `s`: converted with
    s._from_iterable if it is only iterable, None if not even that."""
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return s._from_iterable(other)
    return None


class Set(Collection):
    """A finite set.  Define __contains__, __iter__ and __len__; the
    comparisons (as subset/superset tests), &, |, -, ^ and isdisjoint come
    from here.  Results are built by _from_iterable, which calls the class
    with an iterable; override it if the constructor differs."""

    __slots__ = ()

    def __le__(self, other):
        return _set_relation(self, other, int.__le__, 'left')

    def __lt__(self, other):
        return _set_relation(self, other, int.__lt__, 'left')

    def __ge__(self, other):
        return _set_relation(self, other, int.__ge__, 'right')

    def __gt__(self, other):
        return _set_relation(self, other, int.__gt__, 'right')

    def __eq__(self, other):
        return _set_relation(self, other, int.__eq__, 'left')

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def isdisjoint(self, other):
        return not any(x in self for x in other)

    def __and__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(x for x in other if x in self)
        return NotImplemented

    __rand__ = __and__

    def __or__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(x for part in (self, other) for x in part)
        return NotImplemented

    __ror__ = __or__

    def __sub__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in self if x not in other)

    def __rsub__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in other if x not in self)

    def __xor__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return self - other | other - self

    __rxor__ = __xor__

    def _hash(self):
        """An order-independent hash of the members, equal to what frozenset
        gives for the same members; a hashable subclass can use it as
        `__hash__ = Set._hash`."""
        bits = sys.maxsize.bit_length() + 1
        mask = (1 << bits) - 1
        acc = 1927868237 * (len(self) + 1) & mask
        for member in self:
            h = hash(member)
            acc = (acc ^ (h ^ (h << 16) ^ 89869747) * 3644798167) & mask
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & mask
        if acc >> (bits - 1):
            acc -= 1 << bits
        return 590923713 if acc == -1 else acc


class MutableSet(Set):
    """A set that changes in place: define add and discard as well, and get
    remove, pop, clear and the |=, &=, ^=, -= operators."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        for value in self:
            self.discard(value)
            return value
        raise KeyError

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for x in it:
            self.add(x)
        return self

    def __iand__(self, it):
        for x in self - it:
            self.discard(x)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        for x in _set_operand(self, it):
            if x in self:
                self.discard(x)
            else:
                self.add(x)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for x in it:
            self.discard(x)
        return self


# --- Mappings -----------------------------------------------------------

class Mapping(Collection):
    """A read-only mapping.  Define __getitem__, __iter__ and __len__; get,
    `in`, keys, items, values and == (against any Mapping) come from here."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    # Iteration order is not a reverse-able sequence in general.
    __reversed__ = None


class MappingView(Sized):
    __slots__ = ('_mapping',)
    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'


# The views' set operations give plain sets: a view cannot be made from
# an iterable.
_builtin_set = classmethod(lambda cls, it: set(it))


class KeysView(MappingView, Set):
    __slots__ = ()

    _from_iterable = _builtin_set

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    _from_iterable = _builtin_set

    def __contains__(self, item):
        key, value = item
        mapping = self._mapping
        try:
            found = mapping[key]
        except KeyError:
            return False
        return _same(found, value)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(_same(v, value) for v in self)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


# Stands for "no default given", so that None stays a usable default.
_NO_DEFAULT = object()


class MutableMapping(Mapping):
    """A mapping that changes in place: define __setitem__ and __delitem__
    as well, and get pop, popitem, clear, update and setdefault."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_NO_DEFAULT):
        try:
            value = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            pairs = ((k, other[k]) for k in other)
        elif hasattr(other, 'keys'):
            pairs = ((k, other[k]) for k in other.keys())
        else:
            pairs = other
        for source in (pairs, kwds.items()):
            for key, value in source:
                self[key] = value

    def setdefault(self, key, default=None):
        try:
            value = self[key]
        except KeyError:
            self[key] = value = default
        return value


# --- Sequences ----------------------------------------------------------

class Sequence(Reversible, Collection):
    """A read-only sequence.  Define __getitem__ (for indexes 0, 1, ...,
    raising IndexError past the end) and __len__; iteration, `in`,
    reversed, index and count come from here."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        pos = 0
        while True:
            try:
                item = self[pos]
            except IndexError:
                return
            yield item
            pos += 1

    def __contains__(self, value):
        return any(_same(item, value) for item in self)

    def __reversed__(self):
        for pos in range(len(self) - 1, -1, -1):
            yield self[pos]

    def index(self, value, start=0, stop=None):
        # Negative bounds count from the end, as list.index's do.
        if (start or 0) < 0:
            start = max(0, start + len(self))
        if (stop or 0) < 0:
            stop = stop + len(self)
        pos = start
        while stop is None or pos < stop:
            try:
                item = self[pos]
            except IndexError:
                break
            if _same(item, value):
                return pos
            pos += 1
        raise ValueError

    def count(self, value):
        return sum(1 for item in self if _same(item, value))


class ByteString(Sequence):
    __slots__ = ()


class MutableSequence(Sequence):
    """A sequence that changes in place: define __setitem__, __delitem__
    and insert as well, and get append, extend, pop, remove, reverse, clear
    and +=."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def extend(self, values):
        # Appending to self while iterating over it would never end.
        for item in list(values) if values is self else values:
            self.append(item)

    def __iadd__(self, values):
        self.extend(values)
        return self

    def pop(self, index=-1):
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        del self[self.index(value)]

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        last = len(self) - 1
        for i in range(len(self) // 2):
            self[i], self[last - i] = self[last - i], self[i]


# --- The builtins' places among the ABCs --------------------------------

for _abc, _members in (
        (Sequence, (tuple, str, range, memoryview)),
        (MutableSequence, (list, bytearray, deque)),
        (ByteString, (bytes, bytearray)),
        (Set, (frozenset,)),
        (MutableSet, (set,)),
        (MutableMapping, (dict,)),
        (KeysView, (type({}.keys()),)),
        (ItemsView, (type({}.items()),)),
        (ValuesView, (type({}.values()),))):
    for _member in _members:
        _abc.register(_member)
del _abc, _members, _member
