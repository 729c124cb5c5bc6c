"""reprlib: reprs cut down to a size, and `recursive_repr`, a decorator
that keeps a __repr__ from recursing into the object it is showing.

A Repr object dispatches on the type name of what it shows (method
``repr_<name>``), so subclasses can add or change types. Containers show a
limited number of elements and nest a limited number of levels; long
strings, ints and other reprs keep their ends and lose their middle.
"""

import builtins
from itertools import islice
from _thread import get_ident

__all__ = ['Repr', 'repr', 'recursive_repr']


def recursive_repr(fillvalue='...'):
    """Decorate a __repr__ so that, called again for the same object in the
    same thread while it runs, it returns `fillvalue` instead of looping."""

    def decorate(method):
        active = set()

        def wrapper(self):
            key = (id(self), get_ident())
            if key in active:
                return fillvalue
            active.add(key)
            try:
                return method(self)
            finally:
                active.discard(key)

        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, attr, getattr(method, attr))
        wrapper.__annotations__ = getattr(method, '__annotations__', {})
        return wrapper

    return decorate


def _sorted_if_possible(items):
    """Sets and dicts are shown sorted, when their elements allow it."""
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """Size-limited reprs; the limits are instance attributes."""

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        """The repr of `x` with `level` more levels of nesting allowed."""
        # A type name with spaces ('method-wrapper' has none, but some
        # extension types do) becomes a valid method name.
        name = '_'.join(type(x).__name__.split())
        shower = getattr(self, 'repr_' + name, self.repr_instance)
        return shower(x, level)

    def _cut(self, text, limit):
        """`text` shortened to about `limit` characters around the fill."""
        if len(text) <= limit:
            return text
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def _elements(self, items, level, opening, closing, limit, single=''):
        """Show up to `limit` of `items` between the brackets; below the
        last level only the fill value stands in for them. `single` is
        what follows a lone element (the comma of a 1-tuple)."""
        count = len(items)
        if count and level <= 0:
            inside = self.fillvalue
        else:
            shown = [self.repr1(item, level - 1) for item in islice(items, limit)]
            if count > limit:
                shown.append(self.fillvalue)
            inside = ', '.join(shown)
            if count == 1:
                closing = single + closing
        return opening + inside + closing

    def repr_tuple(self, x, level):
        return self._elements(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._elements(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        prefix = f"array('{x.typecode}'"
        if not x:
            return prefix + ')'
        return self._elements(x, level, prefix + ', [', '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._elements(_sorted_if_possible(x), level, '{', '}',
                              self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._elements(_sorted_if_possible(x), level, 'frozenset({',
                              '})', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._elements(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        shown = [f'{self.repr1(key, level - 1)}: {self.repr1(x[key], level - 1)}'
                 for key in islice(_sorted_if_possible(x), self.maxdict)]
        if len(x) > self.maxdict:
            shown.append(self.fillvalue)
        return '{' + ', '.join(shown) + '}'

    def repr_str(self, x, level):
        text = builtins.repr(x[:self.maxstring])
        if len(text) <= self.maxstring:
            return text
        # Cut the string itself, so that escapes are never split, then
        # put the fill between the quoted ends.
        head = max(0, (self.maxstring - 3) // 2)
        tail = max(0, self.maxstring - 3 - head)
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        return self._cut(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return f'<{x.__class__.__name__} instance at {id(x):#x}>'
        return self._cut(text, self.maxother)


aRepr = Repr()
repr = aRepr.repr
