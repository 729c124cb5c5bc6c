"""Container datatypes.  namedtuple, deque, Counter, defaultdict and
OrderedDict are written in Rust (the _collections module); this file adds
ChainMap and the three wrappers meant for subclassing, UserDict, UserList
and UserString, each keeping the wrapped object in its `data` attribute."""

import sys
from _collections import Counter, OrderedDict, defaultdict, deque, namedtuple
from collections.abc import Mapping, MutableMapping, MutableSequence, Sequence

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']


def _unwrap(value, wrapper):
    """The builtin inside `value` if it is a `wrapper` instance, else value."""
    return value.data if isinstance(value, wrapper) else value


def _clone_with_data(obj, data):
    """A new instance of obj's class sharing its attributes but holding
    `data`, made without calling __init__ (which a subclass may change)."""
    clone = type(obj).__new__(type(obj))
    vars(clone).update(vars(obj))
    vars(clone)['data'] = data
    return clone


_NOT_IN_FIRST = 'Key not found in the first mapping: {!r}'


class ChainMap(MutableMapping):
    """A view of several mappings as one.  Reads look through `maps` in
    order and take the first hit; writes, deletions and pops touch only
    maps[0]."""

    def __init__(self, *maps):
        self.maps = list(maps) if maps else [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for layer in self.maps:
            try:
                return layer[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __contains__(self, key):
        return any(key in layer for layer in self.maps)

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # The deepest map's keys come first: dict keeps a key where it was
        # first inserted, so later layers only refresh values.
        order = {}
        for layer in self.maps[::-1]:
            order.update(dict.fromkeys(layer))
        return iter(order)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        layers = ', '.join(repr(layer) for layer in self.maps)
        return f'{type(self).__name__}({layers})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    # Only maps[0] is changed, and the errors say so.

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(_NOT_IN_FIRST.format(key))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(_NOT_IN_FIRST.format(key))

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        merged = dict(other)
        for layer in self.maps[::-1]:
            merged.update(layer)
        return type(self)(merged)


class UserDict(MutableMapping):
    """A dict kept in `data`, for subclasses that change how items are
    stored or looked up.  A subclass's __missing__ is honoured as dict's."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        missing = getattr(type(self), '__missing__', None)
        if missing is None:
            raise KeyError(key)
        return missing(self, key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(self.data | _unwrap(other, UserDict))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(_unwrap(other, UserDict) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _unwrap(other, UserDict)
        return self

    def __copy__(self):
        return _clone_with_data(self, self.data.copy())

    def copy(self):
        if type(self) is UserDict:
            return UserDict(dict(self.data))
        # A subclass is copied whole (its other attributes too) while empty,
        # then refilled through its own __setitem__.
        import copy
        kept, self.data = self.data, {}
        try:
            clone = copy.copy(self)
        finally:
            self.data = kept
        clone.update(self)
        return clone

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


class UserList(MutableSequence):
    """A list kept in `data`, for subclasses.  Slicing, + and * give
    instances of the subclass."""

    def __init__(self, initlist=None):
        if initlist is None:
            self.data = []
        else:
            self.data = list(_unwrap(initlist, UserList))

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _unwrap(other, UserList)

    def __le__(self, other):
        return self.data <= _unwrap(other, UserList)

    def __eq__(self, other):
        return self.data == _unwrap(other, UserList)

    def __gt__(self, other):
        return self.data > _unwrap(other, UserList)

    def __ge__(self, other):
        return self.data >= _unwrap(other, UserList)

    __hash__ = None

    def _operand(self, other):
        """`other` as a list to concatenate with data."""
        other = _unwrap(other, UserList)
        return other if isinstance(other, list) else list(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        got = self.data[i]
        return type(self)(got) if isinstance(i, slice) else got

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        return type(self)(self.data + self._operand(other))

    def __radd__(self, other):
        return type(self)(self._operand(other) + self.data)

    def __iadd__(self, other):
        self.data += self._operand(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _clone_with_data(self, self.data[:])

    def copy(self):
        return type(self)(self)

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_unwrap(other, UserList))


class UserString(Sequence):
    """A str kept in `data`, for subclasses.  The str methods that make a
    new string return an instance of the subclass; join, format and
    format_map return plain str, as do the pieces of split and partition."""

    def __init__(self, seq):
        self.data = seq if isinstance(seq, str) else str(_unwrap(seq, UserString))

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _unwrap(string, UserString)

    def __lt__(self, string):
        return self.data < _unwrap(string, UserString)

    def __le__(self, string):
        return self.data <= _unwrap(string, UserString)

    def __gt__(self, string):
        return self.data > _unwrap(string, UserString)

    def __ge__(self, string):
        return self.data >= _unwrap(string, UserString)

    def __contains__(self, char):
        return _unwrap(char, UserString) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def _text(self, other):
        """`other` as a str to concatenate with data."""
        other = _unwrap(other, UserString)
        return other if isinstance(other, str) else str(other)

    def __add__(self, other):
        return type(self)(self.data + self._text(other))

    def __radd__(self, other):
        return type(self)(self._text(other) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    # Methods that make a new string.

    def zfill(self, width):
        return type(self)(self.data.zfill(width))

    def expandtabs(self, tabsize=8):
        return type(self)(self.data.expandtabs(tabsize))

    def removeprefix(self, prefix, /):
        return type(self)(self.data.removeprefix(_unwrap(prefix, UserString)))

    def removesuffix(self, suffix, /):
        return type(self)(self.data.removesuffix(_unwrap(suffix, UserString)))

    def replace(self, old, new, maxsplit=-1):
        old, new = _unwrap(old, UserString), _unwrap(new, UserString)
        return type(self)(self.data.replace(old, new, maxsplit))

    def translate(self, *args):
        return type(self)(self.data.translate(*args))

    # Methods whose result is not a string of this class.

    def encode(self, encoding='utf-8', errors='strict'):
        if encoding is None:
            encoding = 'utf-8'
        return self.data.encode(encoding, 'strict' if errors is None else errors)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def join(self, seq):
        return self.data.join(seq)

    maketrans = str.maketrans

    def count(self, sub, start=0, end=sys.maxsize):
        return self.data.count(_unwrap(sub, UserString), start, end)

    def find(self, sub, start=0, end=sys.maxsize):
        return self.data.find(_unwrap(sub, UserString), start, end)

    def rfind(self, sub, start=0, end=sys.maxsize):
        return self.data.rfind(_unwrap(sub, UserString), start, end)

    def index(self, sub, start=0, end=sys.maxsize):
        return self.data.index(_unwrap(sub, UserString), start, end)

    def rindex(self, sub, start=0, end=sys.maxsize):
        return self.data.rindex(_unwrap(sub, UserString), start, end)

    def startswith(self, prefix, start=0, end=sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def endswith(self, suffix, start=0, end=sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def partition(self, sep):
        return self.data.partition(sep)

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep=sep, maxsplit=maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep=sep, maxsplit=maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends=keepends)



# UserString methods that differ only in the str method they call: one
# maker per signature, so that wrong calls fail as a written method would.

def _named(method, name):
    method.__name__ = name
    method.__qualname__ = 'UserString.' + name
    return method


def _plain_method(name):
    def method(self):
        return getattr(self.data, name)()
    return _named(method, name)


def _new_string_method(name):
    def method(self):
        return type(self)(getattr(self.data, name)())
    return _named(method, name)


def _padding_method(name):
    def method(self, width, *args):
        return type(self)(getattr(self.data, name)(width, *args))
    return _named(method, name)


def _stripping_method(name):
    def method(self, chars=None):
        return type(self)(getattr(self.data, name)(chars))
    return _named(method, name)


for _maker, _names in (
        (_plain_method, 'isalnum isalpha isascii isdecimal isdigit isidentifier islower '
                        'isnumeric isprintable isspace istitle isupper'),
        (_new_string_method, 'capitalize casefold lower upper swapcase title'),
        (_padding_method, 'center ljust rjust'),
        (_stripping_method, 'strip lstrip rstrip')):
    for _name in _names.split():
        setattr(UserString, _name, _maker(_name))
del _maker, _names, _name
