"""Names for type hints. Subscripting them (List[int], Optional[str], Box[T]) builds
alias objects that print like CPython's and answer get_origin()/get_args(); the classes
and decorators that programs build on are here too. Nothing checks types, as in CPython."""

import collections
import collections.abc
import contextlib
import re as _re
import sys
from abc import ABCMeta, abstractmethod
from _typing import NamedTuple

TYPE_CHECKING = False
Text = str
_NoneType = type(None)
# The run-time types of `list[int]` and `int | str`, which get_origin/get_args also read.
_BuiltinAlias = type(list[int])
_BuiltinUnion = type(int | str)


def cast(typ, val):
    """Tells a checker val has type typ; at run time, returns val unchanged."""
    return val


class ForwardRef:
    """A type written as a string, kept unevaluated."""

    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


def _hint(arg):
    # What a type argument stands for: None is NoneType, text a forward reference.
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _show(arg):
    """An argument as the aliases print it: classes by qualified name (builtins bare)."""
    if isinstance(arg, type) and not isinstance(arg, _BuiltinAlias):
        if arg.__module__ == 'builtins':
            return arg.__qualname__
        return f'{arg.__module__}.{arg.__qualname__}'
    if arg is ...:
        return '...'
    if isinstance(arg, list):
        return '[' + ', '.join(_show(a) for a in arg) + ']'
    if callable(arg) and hasattr(arg, '__code__'):
        return arg.__name__
    return repr(arg)


class _Unionable:
    """What `X | Y` means for the objects of typing: Union[X, Y]."""

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class TypeVar(_Unionable):
    """A type parameter: prints as ~T, or +T / -T when co- or contravariant."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        self.__name__ = name
        self.__bound__ = None if bound is None else _hint(bound)
        self.__constraints__ = tuple(_hint(c) for c in constraints)
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        return ('-' if self.__contravariant__ else '~') + self.__name__


def _type_params(args):
    """The type variables among args and inside them, each once, in order."""
    found = []
    for a in args:
        if isinstance(a, TypeVar):
            inner = (a,)
        elif isinstance(a, list):
            inner = _type_params(a)
        else:
            inner = getattr(a, '__parameters__', ())
            if not isinstance(inner, tuple):
                inner = ()
        found.extend(p for p in inner if p not in found)
    return tuple(found)


def _check_count(alias, given, expected):
    if given != expected:
        which = 'many' if given > expected else 'few'
        raise TypeError(f"Too {which} arguments for {alias}; actual {given}, expected {expected}")


def _substitute(arg, mapping):
    if isinstance(arg, TypeVar):
        return mapping.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    inner = getattr(arg, '__parameters__', ())
    if isinstance(inner, tuple) and inner and not isinstance(arg, type):
        return arg[tuple(mapping.get(p, p) for p in inner)]
    return arg


class _AliasBase(_Unionable):
    """What subscripted and bare aliases share: other attributes are the origin's."""

    def __getattr__(self, name):
        if name in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def _make(self, args, kwargs):
        # typing's aliases of the core builtins refuse to make instances; the others
        # (Deque, Counter, DefaultDict...) make one of their class.
        if self._name in _NOT_INSTANTIABLE:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)


_NOT_INSTANTIABLE = frozenset({'List', 'Dict', 'Set', 'FrozenSet', 'Tuple', 'Type'})


class _Alias(_AliasBase):
    """A subscripted generic: its origin class (or form) with the arguments given."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _type_params(args)
        # typing's own aliases print under their typing name; a user's Box[int] does not.
        self._name = name

    def _head(self):
        return 'typing.' + self._name if self._name else _show(self.__origin__)

    def _shown_args(self):
        return ', '.join(_show(a) for a in self.__args__) if self.__args__ else '()'

    def __repr__(self):
        return f'{self._head()}[{self._shown_args()}]'

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        made = self._make(args, kwargs)
        try:
            made.__orig_class__ = self
        except AttributeError:
            pass
        return made

    def __getitem__(self, params):
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        params = tuple(_hint(p) for p in _as_tuple(params))
        _check_count(self, len(params), len(self.__parameters__))
        mapping = dict(zip(self.__parameters__, params))
        return self._with(tuple(_substitute(a, mapping) for a in self.__args__))

    def _with(self, args):
        return type(self)(self.__origin__, args, self._name)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self.__origin__ is Generic:
            later = bases[bases.index(self) + 1:]
            if any(isinstance(b, _Alias) for b in later):
                return ()
        elif self._name and not any(isinstance(b, _Alias) or
                                    (isinstance(b, type) and issubclass(b, Generic))
                                    for b in bases[bases.index(self) + 1:]):
            return (self.__origin__, Generic)
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _CallableAlias(_Alias):
    """Callable[[args], result]: the arguments are kept flat, but print as a list."""

    def _params(self):
        """The parameters as written: `...`, a ParamSpec or Concatenate, or a list."""
        *params, result = self.__args__
        if len(params) == 1 and (params[0] is ... or _is_param_spec(params[0])):
            return params[0], result
        return params, result

    def _shown_args(self):
        params, result = self._params()
        return _show(params) + ', ' + _show(result)

    def _with(self, args):
        return _CallableAlias(self.__origin__, args, self._name)


def _is_param_spec(arg):
    return isinstance(arg, ParamSpec) or (isinstance(arg, _Alias)
                                          and arg.__origin__ is Concatenate)


class _UnionAlias(_Alias):
    """Union[...]: printed as Optional[X] when it is X or None."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _NoneType in args:
            other = args[0] if args[1] is _NoneType else args[1]
            return f'typing.Optional[{_show(other)}]'
        return super().__repr__()

    def _with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, arg) for arg in self.__args__)


class _LiteralAlias(_Alias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _Bare(_AliasBase):
    """An unsubscripted alias of typing (List, Iterable...): a class taking `count`
    arguments (-1 for any number), printed under its typing name."""

    def __init__(self, origin, count, name, alias=_Alias):
        self.__origin__ = origin
        self._count = count
        self._name = name
        self._alias = alias

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._count == 0:
            raise TypeError(f"{self} is not a generic class")
        if self._alias is _CallableAlias:
            return _callable_alias(self, params)
        params = _as_tuple(params)
        if self._count < 0:
            # Tuple[()] is the empty tuple type.
            params = () if params == ((),) else params
        else:
            _check_count(self, len(params), self._count)
        return self._alias(self.__origin__, tuple(_hint(p) for p in params), self._name)

    def __call__(self, *args, **kwargs):
        return self._make(args, kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)


def _callable_alias(bare, params):
    if not isinstance(params, tuple) or len(params) != 2:
        raise TypeError("Callable must be used as Callable[[arg, ...], result].")
    args, result = params
    if args is ...:
        flat = (..., _hint(result))
    else:
        flat = tuple(_hint(a) for a in (args if isinstance(args, list) else [args]))
        flat += (_hint(result),)
    return _CallableAlias(bare.__origin__, flat, bare._name)


class _SpecialForm(_Unionable):
    """Union, Optional, ClassVar, Literal...: names that only mean something subscripted."""

    def __init__(self, name, subscript=None):
        self._name = name
        self._subscript = subscript

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._subscript is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._subscript(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def _unchecked(self, check):
        raise TypeError(f"{self} cannot be used with {check}()")

    def __instancecheck__(self, obj):
        self._unchecked('isinstance')

    def __subclasscheck__(self, cls):
        self._unchecked('issubclass')


def _union(form, params):
    members = []
    for p in _as_tuple(params):
        p = _hint(p)
        inner = p.__args__ if isinstance(p, (_UnionAlias, _BuiltinUnion)) else (p,)
        members.extend(m for m in inner if m not in members)
    if not members:
        raise TypeError("Cannot take a Union of no types.")
    if len(members) == 1:
        return members[0]
    return _UnionAlias(form, tuple(members))


def _optional(form, params):
    if isinstance(params, tuple):
        raise TypeError(f"{form} requires a single type. Got {params!r}.")
    return Union[params, None]


def _single(form, params):
    if isinstance(params, tuple):
        raise TypeError(f"{form} accepts only single type. Got {params!r}.")
    return _Alias(form, (_hint(params),), form._name)


def _literal(form, params):
    values = []
    for p in _as_tuple(params):
        inner = p.__args__ if isinstance(p, _LiteralAlias) else (p,)
        values.extend(v for v in inner if v not in values)
    return _LiteralAlias(form, tuple(values), form._name)


def _many(form, params):
    return _Alias(form, tuple(_hint(p) for p in _as_tuple(params)), form._name)


Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
Literal = _SpecialForm('Literal', _literal)
Concatenate = _SpecialForm('Concatenate', _many)
for _name in ('ClassVar', 'Final', 'TypeGuard', 'Required', 'NotRequired', 'Unpack'):
    globals()[_name] = _SpecialForm(_name, _single)
for _name in ('NoReturn', 'Never', 'Self', 'LiteralString', 'TypeAlias'):
    globals()[_name] = _SpecialForm(_name)


class _AnyMeta(type):
    def __repr__(cls):
        return 'typing.Any' if cls is Any else super().__repr__()

    def __instancecheck__(cls, obj):
        if cls is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)


class Any(metaclass=_AnyMeta):
    """The type every value has; subclassing it is allowed."""


class _AnnotatedAlias(_Alias):
    """Annotated[T, meta...]: stands for T, carrying the metadata along."""

    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        shown = ', '.join(repr(m) for m in self.__metadata__)
        return f'typing.Annotated[{_show(self.__origin__)}, {shown}]'

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (self.__origin__, self.__metadata__) == (other.__origin__, other.__metadata__)

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


class Annotated:
    """Annotated[T, x]: the type T with context-specific metadata x."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        return _AnnotatedAlias(_hint(params[0]), tuple(params[1:]))


class Generic:
    """The base of generic classes: class Box(Generic[T]) makes Box[int] possible."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        params = tuple(_hint(p) for p in _as_tuple(params))
        if cls is Generic:
            if not params:
                raise TypeError("Parameter list to Generic[...] cannot be empty")
            if not all(isinstance(p, TypeVar) for p in params):
                raise TypeError("Parameters to Generic[...] must all be type variables "
                                "or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError("Parameters to Generic[...] must all be unique")
        else:
            _check_count(cls, len(params), len(cls.__dict__.get('__parameters__', ())))
        return _Alias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        own = cls.__dict__
        if '__orig_bases__' not in own:
            if Generic in cls.__bases__ and cls.__name__ != 'Protocol':
                raise TypeError("Cannot inherit from plain Generic")
            cls.__parameters__ = ()
            return
        bases = own['__orig_bases__']
        if Generic in bases:
            raise TypeError("Cannot inherit from plain Generic")
        found = _type_params(bases)
        declared = [b for b in bases if isinstance(b, _Alias) and b.__origin__ is Generic]
        if len(declared) > 1:
            raise TypeError("Cannot inherit from Generic[...] multiple times.")
        if declared:
            listed = declared[0].__args__
            missing = [t for t in found if t not in listed]
            if missing:
                names = ', '.join(str(t) for t in missing)
                raise TypeError(f"Some type variables ({names}) are not listed in "
                                f"Generic[{', '.join(str(t) for t in listed)}]")
            found = listed
        cls.__parameters__ = tuple(found)


def get_origin(tp):
    """The unsubscripted form of tp (list for List[int], Union for Optional[X]),
    or None for anything not a generic alias."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_Alias, _Bare, _BuiltinAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _BuiltinUnion):
        return _BuiltinUnion
    return None


def get_args(tp):
    """The arguments tp was subscripted with, Callable's parameters as a list."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableAlias):
        params, result = tp._params()
        if isinstance(params, list) or params is ...:
            return (params, result)
        return tp.__args__
    if isinstance(tp, (_Alias, _BuiltinAlias, _BuiltinUnion)):
        return tp.__args__
    return ()


_abc = collections.abc
# Name, origin, number of arguments (-1: any) of the aliases of library classes.
for _name, _origin, _count in (
        ('List', list, 1), ('Dict', dict, 2), ('Set', set, 1), ('FrozenSet', frozenset, 1),
        ('Tuple', tuple, -1), ('Type', type, 1),
        ('DefaultDict', collections.defaultdict, 2), ('OrderedDict', collections.OrderedDict, 2),
        ('Counter', collections.Counter, 1), ('Deque', collections.deque, 1),
        ('ChainMap', collections.ChainMap, 2),
        ('Iterable', _abc.Iterable, 1), ('Iterator', _abc.Iterator, 1),
        ('Generator', _abc.Generator, 3), ('Reversible', _abc.Reversible, 1),
        ('Container', _abc.Container, 1), ('Collection', _abc.Collection, 1),
        ('Sequence', _abc.Sequence, 1), ('MutableSequence', _abc.MutableSequence, 1),
        ('Mapping', _abc.Mapping, 2), ('MutableMapping', _abc.MutableMapping, 2),
        ('AbstractSet', _abc.Set, 1), ('MutableSet', _abc.MutableSet, 1),
        ('MappingView', _abc.MappingView, 1), ('KeysView', _abc.KeysView, 1),
        ('ItemsView', _abc.ItemsView, 2), ('ValuesView', _abc.ValuesView, 1),
        ('Awaitable', _abc.Awaitable, 1), ('Coroutine', _abc.Coroutine, 3),
        ('AsyncIterable', _abc.AsyncIterable, 1), ('AsyncIterator', _abc.AsyncIterator, 1),
        ('AsyncGenerator', _abc.AsyncGenerator, 2),
        ('Hashable', _abc.Hashable, 0), ('Sized', _abc.Sized, 0),
        ('ByteString', _abc.ByteString, 0),
        ('ContextManager', contextlib.AbstractContextManager, 1),
        ('AsyncContextManager', contextlib.AbstractAsyncContextManager, 1),
        ('Pattern', _re.Pattern, 1), ('Match', _re.Match, 1)):
    globals()[_name] = _Bare(_origin, _count, _name)
Callable = _Bare(_abc.Callable, 2, 'Callable', _CallableAlias)
del _name, _origin, _count

T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)


class IO(Generic[AnyStr]):
    """The generic type of file objects, for annotations."""
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


class _ParamSpecPart:
    """P.args or P.kwargs, for annotating *args and **kwargs."""

    def __init__(self, spec, part):
        self.__origin__ = spec
        self._part = part

    def __repr__(self):
        return f'{self.__origin__.__name__}.{self._part}'

    def __eq__(self, other):
        if not isinstance(other, _ParamSpecPart):
            return NotImplemented
        return (self.__origin__, self._part) == (other.__origin__, other._part)

    def __hash__(self):
        return hash((self.__origin__, self._part))


class ParamSpec(TypeVar):
    """The parameters of a callable, as a type variable: Callable[P, T]."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant)

    @property
    def args(self):
        return _ParamSpecPart(self, 'args')

    @property
    def kwargs(self):
        return _ParamSpecPart(self, 'kwargs')


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
    else:
        if globalns is None:
            globalns = getattr(obj, '__globals__', None) or getattr(obj, '__dict__', {})
        ann = getattr(obj, '__annotations__', None) or {}
        hints = {name: _eval_hint(value, globalns, localns) for name, value in ann.items()}
    if include_extras:
        return hints
    return {name: _without_extras(hint) for name, hint in hints.items()}


def _without_extras(hint):
    """hint with each Annotated[T, ...] in it replaced by T."""
    if isinstance(hint, _AnnotatedAlias):
        return _without_extras(hint.__origin__)
    if isinstance(hint, _Alias) and not isinstance(hint, _LiteralAlias):
        args = tuple(_without_extras(a) for a in hint.__args__)
        return hint if args == hint.__args__ else hint._with(args)
    return hint


def _eval_hint(value, globalns, localns):
    # A quoted annotation under `from __future__ import annotations` is text twice over.
    while isinstance(value, str):
        value = eval(value, globalns, localns)
    if value is None:
        return type(None)
    return value
