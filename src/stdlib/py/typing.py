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
    """Stands in for a parameter specification; at run time a TypeVar does."""
    return TypeVar(name)


# ---- TypedDict: classes whose instances are plain dicts ----------------------

class _TypedDictMeta(type):
    """The class of TypedDict classes: whatever the bases written, the class made
    derives from dict alone and gathers its bases' keys."""

    def __new__(cls, name, bases, ns, total=True):
        if any(type(b) is not _TypedDictMeta and b is not Generic for b in bases):
            raise TypeError('cannot inherit from both a TypedDict type '
                            'and a non-TypedDict base class')
        made = type.__new__(_TypedDictMeta, name, (dict,), ns)
        fields, required, optional = {}, set(), set()
        for b in bases:
            inherited = vars(b)
            fields |= inherited.get('__annotations__', {})
            required |= set(inherited.get('__required_keys__', ()))
            optional |= set(inherited.get('__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        fields |= own
        (required if total else optional).update(own)
        made.__annotations__ = fields
        made.__required_keys__, made.__optional_keys__ = frozenset(required), frozenset(optional)
        made.__total__ = total
        return made

    # Calling a TypedDict class makes a dict.
    __call__ = dict

    # Its instances are plain dicts, so neither check could answer truthfully.
    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """The functional form: a TypedDict class from a mapping of field types or
    from keyword arguments."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    namespace = {'__annotations__': dict(fields)}
    caller = _caller_module()
    if caller is not None:
        namespace['__module__'] = caller
    return _TypedDictMeta(typename, (), namespace, total=total)


def _caller_module():
    """The module name of the code calling our caller (for the __module__ of the
    types TypedDict() and NewType() make), or None when frames are unavailable."""
    try:
        return sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


# `class X(TypedDict)` really derives from this empty TypedDict class.
_TypedDict = _TypedDictMeta('TypedDict', (), {})


def _typeddict_base(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_base


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return type(tp) is _TypedDictMeta


# ---- Protocol: structural isinstance() for @runtime_checkable protocols ------

_SPECIAL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '__init_subclass__', '__parameters__', '__orig_bases__',
    '__qualname__', '_is_protocol', '_is_runtime_protocol',
})


def _protocol_members(cls):
    """The names a protocol requires: what its classes (below object, other than
    Protocol and Generic themselves) define or annotate, less the bookkeeping."""
    members = set()
    for klass in cls.__mro__[:-1]:
        if klass.__name__ in ('Protocol', 'Generic'):
            continue
        names = set(vars(klass)) | set(getattr(klass, '__annotations__', {}))
        members |= {n for n in names if n not in _SPECIAL_NAMES and not n.startswith('_abc_')}
    return members


def _provides(obj, proto, name):
    # A method the protocol defines must be present, and not blanked out with None.
    if not hasattr(obj, name):
        return False
    return not callable(getattr(proto, name, None)) or getattr(obj, name) is not None


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            if all(_provides(instance, cls, name) for name in _protocol_members(cls)):
                return True
        return ABCMeta.__instancecheck__(cls, instance)


class Protocol(metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # Only a class listing Protocol among its direct bases is a protocol itself.
        if not vars(cls).get('_is_protocol'):
            cls._is_protocol = Protocol in cls.__bases__

    def __class_getitem__(cls, params):
        return cls


def runtime_checkable(cls):
    """Lets isinstance() check a protocol class by the members an object has."""
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
    """Marks a signature-only variant; the real definition must follow."""
    return _overload_dummy


def get_overloads(func):
    return []


def clear_overloads():
    pass


def final(f):
    """Marks f as not to be overridden, setting __final__ where f allows it."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Marks arg's annotations as not type hints."""
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
    """Asks a checker to confirm val's type; at run time, returns val."""
    return val


def assert_never(arg, /):
    """For code checkers prove unreachable: reaching it is an error."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Reports obj's run-time type on stderr and returns obj."""
    sys.stderr.write('Runtime type is %r\n' % type(obj).__name__)
    return obj


class NewType:
    """A distinct name for a type, for checkers; calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.split('.')[-1]
        self.__supertype__ = tp
        caller = _caller_module()
        if caller is not None:
            self.__module__ = caller

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (its bases' too), module or function, with string
    annotations evaluated and None as NoneType."""
    if isinstance(obj, type):
        hints = {}
        # Walk from object down so that a subclass's annotation wins.
        for klass in obj.__mro__[::-1]:
            scope = globalns or getattr(sys.modules.get(klass.__module__), '__dict__', {})
            for name, value in vars(klass).get('__annotations__', {}).items():
                hints[name] = _eval_hint(value, scope, localns)
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
