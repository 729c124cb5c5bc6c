"""Names for type hints. The special forms and aliases that print like CPython's
(List[int], Optional[str]...) come from the Rust module _typing; the classes and
decorators that programs build on are here. Nothing checks types, as in CPython."""

import sys
from abc import ABCMeta, abstractmethod
from _typing import *
from _typing import Generic, NamedTuple, TypeVar

Text = str
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co')
V_co = TypeVar('V_co')
VT_co = TypeVar('VT_co')
T_contra = TypeVar('T_contra')
CT_co = TypeVar('CT_co')
AnyStr = TypeVar('AnyStr')


def ParamSpec(name, *, bound=None, covariant=False, contravariant=False):
    return TypeVar(name)


# ---- TypedDict: classes whose instances are plain dicts ----------------------

class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        if any(type(base) is not _TypedDictMeta and base is not Generic for base in bases):
            raise TypeError('cannot inherit from both a TypedDict type '
                            'and a non-TypedDict base class')
        made = type.__new__(_TypedDictMeta, name, (dict,), ns)
        # The bases' keys first, then the class's own, required or not as `total` says.
        fields = {}
        keys = {True: set(), False: set()}
        for base in bases:
            inherited = base.__dict__
            fields.update(inherited.get('__annotations__', {}))
            keys[True].update(inherited.get('__required_keys__', ()))
            keys[False].update(inherited.get('__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        fields.update(own)
        keys[bool(total)].update(own)
        made.__annotations__ = fields
        made.__required_keys__, made.__optional_keys__ = map(frozenset, (keys[True], keys[False]))
        made.__total__ = total
        return made

    # Calling a TypedDict class makes a dict.
    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A TypedDict class made by a call: TypedDict('Point', {'x': int, 'y': int})."""
    if fields is not None and kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    body = {'__annotations__': dict(kwargs if fields is None else fields)}
    try:
        # The class belongs to the module that called.
        body['__module__'] = sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        pass
    return _TypedDictMeta(typename, (), body, total=total)


# What `class Movie(TypedDict)` really subclasses, TypedDict being a function.
_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


# ---- Protocol: structural isinstance() for @runtime_checkable protocols ------

_SPECIAL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '__init_subclass__', '__parameters__', '__orig_bases__',
    '__qualname__', '_is_protocol', '_is_runtime_protocol',
})


def _get_protocol_attrs(cls):
    """The members a protocol asks for: what its classes define or annotate."""
    members = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ not in ('Protocol', 'Generic'):
            names = [*base.__dict__, *getattr(base, '__annotations__', {})]
            members.update(name for name in names
                           if not name.startswith('_abc_') and name not in _SPECIAL_NAMES)
    return members


def _provides(instance, protocol, name):
    """Whether `instance` has the protocol's member `name`; a method set to None
    on the instance does not count."""
    if not hasattr(instance, name):
        return False
    return not callable(getattr(protocol, name, None)) or getattr(instance, name) is not None


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            if all(_provides(instance, cls, name) for name in _get_protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


class Protocol(metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # A class is a protocol if it says so or lists Protocol among its bases.
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = Protocol in cls.__bases__

    def __class_getitem__(cls, params):
        return cls


def runtime_checkable(cls):
    if not issubclass(cls, Generic) and not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def _supports(name, method):
    """A runtime-checkable protocol with the one abstract method `method`."""
    def abstract(self):
        pass
    abstract.__name__ = method
    ns = {'__slots__': (), '__module__': __name__, '__qualname__': name,
          method: abstractmethod(abstract)}
    return runtime_checkable(_ProtocolMeta(name, (Protocol,), ns))


SupportsInt = _supports('SupportsInt', '__int__')
SupportsFloat = _supports('SupportsFloat', '__float__')
SupportsComplex = _supports('SupportsComplex', '__complex__')
SupportsBytes = _supports('SupportsBytes', '__bytes__')
SupportsIndex = _supports('SupportsIndex', '__index__')
SupportsAbs = _supports('SupportsAbs', '__abs__')
SupportsRound = _supports('SupportsRound', '__round__')


# ---- decorators and helpers that only mark or return their argument ----------

def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @typing.overload-decorated.")


def overload(func):
    return _overload_dummy


def get_overloads(func):
    return []


def clear_overloads():
    pass


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    return lambda cls_or_fn: cls_or_fn


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (its bases' too), module or function, with string
    annotations evaluated and None as NoneType."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            base_globals = getattr(sys.modules.get(base.__module__), '__dict__', {})
            for name, value in ann.items():
                hints[name] = _eval_hint(value, globalns or base_globals, localns)
        return hints
    if globalns is None:
        globalns = getattr(obj, '__globals__', None) or getattr(obj, '__dict__', {})
    ann = getattr(obj, '__annotations__', None) or {}
    return {name: _eval_hint(value, globalns, localns) for name, value in ann.items()}


def _eval_hint(value, globalns, localns):
    # A quoted annotation under `from __future__ import annotations` is text twice over.
    while isinstance(value, str):
        value = eval(value, globalns, localns)
    if value is None:
        return type(None)
    return value
