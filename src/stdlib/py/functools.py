"""Higher-order functions: reduce, partial, wraps, lru_cache, cache,
total_ordering and cmp_to_key come from the Rust module _functools;
cached_property, singledispatch, singledispatchmethod and partialmethod
are here."""

from _functools import (cache, cmp_to_key, lru_cache, partial, reduce,
                        total_ordering, update_wrapper, wraps)

__all__ = ['update_wrapper', 'wraps', 'total_ordering', 'cache', 'cmp_to_key',
           'lru_cache', 'reduce', 'partial', 'partialmethod', 'singledispatch',
           'singledispatchmethod', 'cached_property', 'WRAPPER_ASSIGNMENTS',
           'WRAPPER_UPDATES']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then kept in its __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        cache = instance.__dict__
        value = cache.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            cache[self.attrname] = value
        return value


def singledispatch(func):
    """Makes func a generic function dispatching on its first argument's type:
    implementations for other types are added with @func.register(type) (or
    @func.register on a function whose first parameter is annotated)."""
    registry = {object: func}
    funcname = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        """The implementation for cls: that of the nearest class in its MRO,
        else of the most specific registered ABC cls is a virtual subclass of."""
        for c in cls.__mro__[:-1]:
            if c in registry:
                return registry[c]
        virtual = [t for t in registry if t is not object and issubclass(cls, t)]
        for t in virtual:
            if all(issubclass(t, other) for other in virtual):
                return registry[t]
        if virtual:
            raise RuntimeError(f"Ambiguous dispatch: {virtual[0]} or {virtual[1]}")
        return registry[object]

    def register(cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            annotations = getattr(cls, '__annotations__', {})
            if not annotations:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            cls = next(iter(annotations.values()))
            if not isinstance(cls, type):
                raise TypeError(f"Invalid annotation for {next(iter(annotations))!r}. "
                                f"{cls!r} is not a class.")
        registry[cls] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


def _is_descriptor(obj):
    return isinstance(obj, (classmethod, staticmethod, property)) or hasattr(obj, '__get__')


def _bind(func, obj, cls):
    """func as obj.func would give it: bound by its __get__, and a plain
    function bound to obj."""
    get = getattr(type(func), '__get__', None)
    if get is not None:
        return get(func, obj, cls)
    if isinstance(func, staticmethod):
        return func.__func__
    if isinstance(func, classmethod):
        return partial(func.__func__, cls if cls is not None else type(obj))
    if obj is None:
        return func
    return partial(func, obj)


class singledispatchmethod:
    """A method dispatching on the type of its first argument after self
    (or cls); implementations are added with @method.register."""

    def __init__(self, func):
        if not callable(func) and not _is_descriptor(func):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return _bind(method, obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


class partialmethod:
    """partial for methods: the arguments are given after self when the
    method is called through an instance."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not _is_descriptor(func):
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ', '.join(map(repr, self.args))
        keywords = ', '.join('{}={!r}'.format(k, v) for k, v in self.keywords.items())
        parts = ', '.join(p for p in (repr(self.func), args, keywords) if p)
        return '{}.{}({})'.format(self.__class__.__module__, self.__class__.__qualname__,
                                  parts)

    def __get__(self, obj, cls=None):
        if isinstance(self.func, partial):
            return partial(self.func, *self.args, **self.keywords)
        return partial(_bind(self.func, obj, cls), *self.args, **self.keywords)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
