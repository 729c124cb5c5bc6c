"""Abstract base classes, as CPython's abc module: classes made by ABCMeta record their
abstract methods in __abstractmethods__, and the interpreter refuses to instantiate a
class while that set is not empty."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True


def _is_abstract(value):
    if isinstance(value, property):
        return any(_is_abstract(f) for f in (value.fget, value.fset, value.fdel) if f is not None)
    if isinstance(value, (staticmethod, classmethod)):
        return _is_abstract(value.__func__)
    return bool(getattr(value, "__isabstractmethod__", False))


def _abstracts_of(cls, namespace, bases):
    abstracts = {name for name, value in namespace.items() if _is_abstract(value)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


# Bumped by every register(): the answers ABCs cached before may have changed.
_abc_invalidation_counter = 0


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstracts_of(cls, namespace, bases)
        cls._abc_registry = []
        # The ABCs deriving from this one: a class registered with one of them, or
        # accepted by its __subclasshook__, is a virtual subclass of this one too.
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        cls._abc_cache = {}
        cls._abc_cache_version = _abc_invalidation_counter
        return cls

    def register(cls, subclass):
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls._abc_cache_version != _abc_invalidation_counter:
            cls._abc_cache = {}
            cls._abc_cache_version = _abc_invalidation_counter
        known = cls._abc_cache.get(subclass)
        if known is None:
            known = cls._abc_cache[subclass] = cls._check_subclass(subclass)
        return known

    def _check_subclass(cls, subclass):
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return ok
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        for derived in cls._abc_subclasses:
            if issubclass(subclass, derived):
                return True
        return False


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def get_cache_token():
    return _abc_invalidation_counter


def update_abstractmethods(cls):
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _abstracts_of(cls, cls.__dict__, cls.__bases__)
    return cls
