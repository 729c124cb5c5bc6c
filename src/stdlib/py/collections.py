"""Container datatypes: namedtuple, deque, Counter, defaultdict and
OrderedDict come from the Rust module _collections; ChainMap, UserDict,
UserList and UserString are here."""

from _collections import Counter, OrderedDict, defaultdict, deque, namedtuple
from collections.abc import MutableMapping, MutableSequence, Sequence

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']


class ChainMap(MutableMapping):
    """Several mappings seen as one: lookups search them in order; writes
    and deletions go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, MutableMapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m


def _merged(first, second):
    merged = dict(first.data if isinstance(first, UserDict) else first)
    merged.update(second.data if isinstance(second, UserDict) else second)
    return merged


class UserDict(MutableMapping):
    """A dict wrapper for subclassing: the contents are in .data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return self.__class__(_merged(self.data, other))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return self.__class__(_merged(other, self.data))
        return NotImplemented

    def __ior__(self, other):
        self.data.update(other.data if isinstance(other, UserDict) else other)
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        return copy.copy(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


def _data_comparison(test):
    def compare(self, other):
        return test(self.data, self._unwrap(other))
    return compare


# <, <=, ==, >, >= of the wrapped values, for UserList and UserString.
_DATA_COMPARISONS = tuple(_data_comparison(test) for test in (
    lambda a, b: a < b, lambda a, b: a <= b, lambda a, b: a == b,
    lambda a, b: a > b, lambda a, b: a >= b))


def _on_data(name):
    def forward(self, *args, **kwargs):
        return getattr(self.data, name)(*args, **kwargs)
    forward.__name__ = name
    return forward


class UserList(MutableSequence):
    """A list wrapper for subclassing: the contents are in .data."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _unwrap(self, other):
        return other.data if isinstance(other, UserList) else other

    def _as_list(self, other):
        """`other` as something a list can be added to or extended by."""
        if isinstance(other, UserList):
            return other.data
        return other if isinstance(other, type(self.data)) else list(other)

    __lt__, __le__, __eq__, __gt__, __ge__ = _DATA_COMPARISONS

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        return self.__class__(self.data + self._as_list(other))

    def __radd__(self, other):
        return self.__class__(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'][:]
        return inst

    def copy(self):
        return self.__class__(self)

    # The list methods that need no wrapping: the list's own, called on .data.
    append, insert, pop, remove, clear, count, index, reverse, sort = (
        _on_data(name) for name in
        ('append', 'insert', 'pop', 'remove', 'clear', 'count', 'index', 'reverse', 'sort'))

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


def _user_string_method(name):
    """The str method `name` on .data, with a str result wrapped in the class."""
    def delegate(self, *args, **kwargs):
        result = getattr(self.data, name)(*args, **kwargs)
        return self.__class__(result) if isinstance(result, str) else result
    delegate.__name__ = name
    return delegate


class UserString(Sequence):
    """A str wrapper for subclassing: the text is in .data; str methods
    returning strings return instances of the class."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def _unwrap(self, other):
        return other.data if isinstance(other, UserString) else other

    def _as_str(self, other):
        if isinstance(other, UserString):
            return other.data
        return other if isinstance(other, str) else str(other)

    __lt__, __le__, __eq__, __gt__, __ge__ = _DATA_COMPARISONS

    def __contains__(self, char):
        return self._unwrap(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        return self.__class__(self.data + self._as_str(other))

    def __radd__(self, other):
        return self.__class__(self._as_str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)


for _name in ('capitalize casefold center count endswith expandtabs find format index '
              'isalpha isalnum isascii isdecimal isdigit isidentifier islower isnumeric '
              'isprintable isspace istitle isupper join ljust lower lstrip partition '
              'removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip '
              'split splitlines startswith strip swapcase title translate upper zfill').split():
    setattr(UserString, _name, _user_string_method(_name))
del _name
