"""Tools for functions and methods.  reduce, partial, wraps, update_wrapper,
lru_cache, cache, total_ordering and cmp_to_key are written in Rust (the
_functools module); the descriptors cached_property, singledispatchmethod
and partialmethod, and singledispatch, are written here."""

from _functools import (cache, cmp_to_key, lru_cache, partial, reduce,
                        total_ordering, update_wrapper, wraps)

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial',
           'partialmethod', 'singledispatch', 'singledispatchmethod', 'cached_property']

# The attributes update_wrapper copies from the wrapped function, and those
# whose contents it merges into the wrapper's.
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


_FUNCTION = type(lambda: None)


def _has_get(obj):
    """Whether obj binds when read from a class, as CPython's objects with
    __get__ do; gilpy's functions, classmethods and staticmethods bind
    without having a __get__ attribute."""
    return (isinstance(obj, (_FUNCTION, classmethod, staticmethod, property))
            or hasattr(type(obj), '__get__'))


def _check_callable(func):
    if not (callable(func) or _has_get(func)):
        raise TypeError(f'{func!r} is not callable or a descriptor')


def _bind(func, obj, cls):
    """What `obj.func` (or `cls.func` when obj is None) gives for a func
    stored in a class.  gilpy's functions, classmethods and staticmethods
    have no __get__, so they are bound here by hand."""
    getter = getattr(type(func), '__get__', None)
    if getter is not None:
        return getter(func, obj, cls)
    if isinstance(func, staticmethod):
        return func.__func__
    if isinstance(func, classmethod):
        return partial(func.__func__, type(obj) if cls is None else cls)
    return func if obj is None else partial(func, obj)


# The descriptors wrapping a function are abstract when it is.
_abstract_like_func = property(lambda self: getattr(self.func, '__isabstractmethod__', False))


class cached_property:
    """Like property, but the getter runs once per instance: its result is
    stored in the instance's __dict__ under the same name, where later
    lookups find it first (so `del obj.name` forgets it)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname not in (None, name):
            raise TypeError('Cannot assign the same cached_property to two different '
                            f'names ({self.attrname!r} and {name!r}).')
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling '
                            '__set_name__ on it.')
        where = f'{type(instance).__name__!r} instance'
        try:
            storage = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {where} "
                            f'to cache {name!r} property.') from None
        if name in storage:
            return storage[name]
        value = self.func(instance)
        try:
            storage[name] = value
        except TypeError:
            raise TypeError(f"The '__dict__' attribute on {where} does not support "
                            f'item assignment for caching {name!r} property.') from None
        return value


def _dispatch_classes(candidate):
    """The classes `candidate` stands for in register(): itself if it is a
    class, the members of a union of classes, else None."""
    if isinstance(candidate, type):
        return (candidate,)
    if type(candidate).__name__ == 'UnionType':
        members = candidate.__args__
        if all(isinstance(member, type) for member in members):
            return members
    return None


def _annotated(obj):
    """obj, or the function inside it if it is a classmethod or
    staticmethod: gilpy's do not expose their function's annotations."""
    return obj.__func__ if isinstance(obj, (classmethod, staticmethod)) else obj


def _first_annotation(func):
    from typing import get_type_hints
    return next(iter(get_type_hints(_annotated(func)).items()))


def singledispatch(func):
    """Turns func into a generic function: a call runs the implementation
    registered for the class of the first argument (or the nearest class
    in its MRO, or the most specific registered ABC it belongs to), func
    itself being the one for object."""
    impls = {object: func}
    label = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        for klass in cls.__mro__:
            if klass in impls and klass is not object:
                return impls[klass]
        abcs = [k for k in impls if k is not object and issubclass(cls, k)]
        # The most specific ABC is the one below all the others.
        best = [k for k in abcs if all(issubclass(k, other) for other in abcs)]
        if best:
            return impls[best[0]]
        if abcs:
            raise RuntimeError(f'Ambiguous dispatch: {abcs[0]} or {abcs[1]}')
        return impls[object]

    def register(cls, func=None):
        classes = _dispatch_classes(cls)
        if classes is not None and func is None:
            return lambda implementation: register(cls, implementation)
        if classes is None:
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. {cls!r} is '
                                'not a class or union type.')
            if not getattr(_annotated(cls), '__annotations__', None):
                raise TypeError(f'Invalid first argument to `register()`: {cls!r}. Use '
                                'either `@register(some_class)` or plain `@register` on '
                                'an annotated function.')
            # Used bare as a decorator: the class is the first annotation.
            func = cls
            argname, cls = _first_annotation(func)
            classes = _dispatch_classes(cls)
            if classes is None:
                complaint = ('not all arguments are classes'
                             if type(cls).__name__ == 'UnionType' else 'is not a class')
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} {complaint}.')
        for klass in classes:
            impls[klass] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{label} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = impls
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after
    self (or cls).  The function may be a classmethod or staticmethod."""

    def __init__(self, func):
        _check_callable(func)
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            chosen = self.dispatcher.dispatch(args[0].__class__)
            return _bind(chosen, obj, cls)(*args, **kwargs)
        update_wrapper(_method, self.func)
        _method.register = self.register
        _method.__isabstractmethod__ = self.__isabstractmethod__
        return _method

    __isabstractmethod__ = _abstract_like_func


class partialmethod:
    """partial for a method defined in a class body: the stored arguments
    go after self (or cls) when the method is called."""

    def __init__(self, func, /, *args, **keywords):
        _check_callable(func)
        if isinstance(func, partialmethod):
            # Flatten, so that calls go straight to the innermost function.
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        kind = type(self)
        shown_args = ', '.join(repr(a) for a in self.args)
        shown_keywords = ', '.join(f'{k}={v!r}' for k, v in self.keywords.items())
        return (f'{kind.__module__}.{kind.__qualname__}('
                f'{self.func!r}, {shown_args}, {shown_keywords})')

    def _as_function(self):
        """The method as a plain function taking self first, for a func
        that does not bind itself (a partial, a callable object...)."""
        def _method(cls_or_self, /, *args, **keywords):
            merged = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **merged)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        func = self.func
        if _has_get(func):
            bound = _bind(func, obj, cls)
            if bound is not func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return _bind(self._as_function(), obj, cls)

    __isabstractmethod__ = _abstract_like_func
