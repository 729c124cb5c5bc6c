"""Weak references: ref(obj)() is obj while something else keeps obj alive,
then None; finalize; and the dictionaries and set built on them.

Limitations in gilpy: only instances of Python classes, functions and classes
can be referenced, and only the callbacks of references to instances (and so
finalize of instances) are called, at the next statement after the instance
goes; objects in reference cycles are never freed, so their references stay
alive; ref(obj) makes a new reference each time, and references hash by
identity; proxy() is not provided."""

from _weakref import ref

ReferenceType = ref

__all__ = ['ref', 'ReferenceType', 'WeakValueDictionary', 'WeakKeyDictionary',
           'WeakSet', 'finalize']


class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs) once,
    when obj goes away, when the finalize object is called, or at exit (while its
    `atexit` is true), whichever comes first."""

    # Live finalizers -> [ref to obj, func, args, kwargs, atexit, creation number].
    # Held here, so a finalizer lives as long as its object even when nothing else
    # keeps it.
    _live = {}
    _created = 0
    _exiting = False
    _atexit_hooked = False

    def __init__(self, obj, func, /, *args, **kwargs):
        cls = finalize
        if not cls._atexit_hooked:
            import atexit
            atexit.register(cls._at_exit)
            cls._atexit_hooked = True
        cls._created += 1
        cls._live[self] = [ref(obj, self), func, args, kwargs or None, True, cls._created]

    def __call__(self, _=None):
        entry = finalize._live.pop(self, None)
        if entry is not None and not finalize._exiting:
            _, func, args, kwargs = entry[:4]
            return func(*args, **(kwargs or {}))

    def detach(self):
        entry = finalize._live.get(self)
        obj = entry and entry[0]()
        if obj is not None and finalize._live.pop(self, None):
            return (obj, entry[1], entry[2], entry[3] or {})

    def peek(self):
        entry = finalize._live.get(self)
        obj = entry and entry[0]()
        if obj is not None:
            return (obj, entry[1], entry[2], entry[3] or {})

    @property
    def alive(self):
        return self in finalize._live

    @property
    def atexit(self):
        entry = finalize._live.get(self)
        return bool(entry) and entry[4]

    @atexit.setter
    def atexit(self, value):
        entry = finalize._live.get(self)
        if entry:
            entry[4] = bool(value)

    def __repr__(self):
        entry = finalize._live.get(self)
        obj = entry and entry[0]()
        name = type(self).__name__
        if obj is None:
            return '<%s object at %#x; dead>' % (name, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            name, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _at_exit(cls):
        # Newest first; one that raises is reported and the others still run.
        try:
            while True:
                waiting = [(e[5], f) for f, e in cls._live.items() if e[4]]
                if not waiting:
                    break
                _, f = max(waiting, key=lambda w: w[0])
                try:
                    f()
                except Exception:
                    import sys
                    sys.excepthook(*sys.exc_info())
        finally:
            cls._exiting = True


class WeakValueDictionary:
    """A dict whose entries go away when their value is no longer used elsewhere."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _live(self):
        for key, r in list(self.data.items()):
            value = r()
            if value is None:
                del self.data[key]
            else:
                yield key, value

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            del self.data[key]
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = ref(value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        r = self.data.get(key)
        return r is not None and r() is not None

    def __len__(self):
        return sum(1 for _ in self._live())

    def __iter__(self):
        return iter([key for key, _ in self._live()])

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def pop(self, key, *default):
        r = self.data.pop(key, None)
        value = None if r is None else r()
        if value is None:
            if default:
                return default[0]
            raise KeyError(key)
        return value

    def update(self, other=(), /, **kw):
        items = other.items() if hasattr(other, 'items') else other
        for key, value in items:
            self[key] = value
        for key, value in kw.items():
            self[key] = value

    def keys(self):
        return [key for key, _ in self._live()]

    def values(self):
        return [value for _, value in self._live()]

    def items(self):
        return list(self._live())

    def __repr__(self):
        return f'<WeakValueDictionary at {hex(id(self))}>'


class WeakKeyDictionary:
    """A dict whose entries go away when their key is no longer used elsewhere."""

    def __init__(self, dict=None):
        # hash(key) -> [[ref(key), value], ...]: keys are found by hash and
        # equality, as in a dict, without the table holding them.
        self._buckets = {}
        if dict is not None:
            self.update(dict)

    def _entry(self, key):
        for entry in self._buckets.get(hash(key), ()):
            found = entry[0]()
            if found is not None and (found is key or found == key):
                return entry
        return None

    def _live(self):
        for h, bucket in list(self._buckets.items()):
            bucket[:] = [e for e in bucket if e[0]() is not None]
            if not bucket:
                del self._buckets[h]
            for r, value in list(bucket):
                key = r()
                if key is not None:
                    yield key, value

    def __getitem__(self, key):
        entry = self._entry(key)
        if entry is None:
            raise KeyError(key)
        return entry[1]

    def __setitem__(self, key, value):
        entry = self._entry(key)
        if entry is None:
            self._buckets.setdefault(hash(key), []).append([ref(key), value])
        else:
            entry[1] = value

    def __delitem__(self, key):
        entry = self._entry(key)
        if entry is None:
            raise KeyError(key)
        self._buckets[hash(key)].remove(entry)

    def __contains__(self, key):
        try:
            return self._entry(key) is not None
        except TypeError:
            return False

    def __len__(self):
        return sum(1 for _ in self._live())

    def __iter__(self):
        return iter([key for key, _ in self._live()])

    def get(self, key, default=None):
        entry = self._entry(key)
        return default if entry is None else entry[1]

    def pop(self, key, *default):
        entry = self._entry(key)
        if entry is None:
            if default:
                return default[0]
            raise KeyError(key)
        self._buckets[hash(key)].remove(entry)
        return entry[1]

    def update(self, other=(), /, **kw):
        items = other.items() if hasattr(other, 'items') else other
        for key, value in items:
            self[key] = value

    def keys(self):
        return [key for key, _ in self._live()]

    def values(self):
        return [value for _, value in self._live()]

    def items(self):
        return list(self._live())

    def __repr__(self):
        return f'<WeakKeyDictionary at {hex(id(self))}>'


class WeakSet:
    """A set whose members go away when they are no longer used elsewhere."""

    def __init__(self, data=None):
        self._members = WeakKeyDictionary()
        if data is not None:
            for item in data:
                self.add(item)

    def add(self, item):
        self._members[item] = None

    def discard(self, item):
        self._members.pop(item, None)

    def remove(self, item):
        del self._members[item]

    def __contains__(self, item):
        return item in self._members

    def __len__(self):
        return len(self._members)

    def __iter__(self):
        return iter(self._members)

    def __repr__(self):
        return '{' + ', '.join(repr(ref(x)) for x in self._members) + '}'
