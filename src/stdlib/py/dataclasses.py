"""Data classes: @dataclass reads a class's annotated fields and adds
__init__, __repr__, __eq__ and, on request, ordering, hashing and
immutability (frozen=True).

The generated methods are ordinary closures over the field list rather than
code compiled per class, so their behaviour and error messages follow
CPython's while their bodies are shared."""

import sys
import typing

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    """An __init__ parameter that is passed to __post_init__, not stored."""

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        name = getattr(self.type, '__name__', None) or repr(self.type)
        return f'dataclasses.InitVar[{name}]'


# What Field._field_type says a field is.
_FIELD = 'field'
_FIELD_CLASSVAR = 'classvar'
_FIELD_INITVAR = 'initvar'


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},repr={self.repr!r},hash={self.hash!r},'
                f'compare={self.compare!r},metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},_field_type={self._field_type})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describes one field: its default or a zero-argument default_factory, and
    whether it takes part in __init__, __repr__, comparisons and hashing."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(('ClassVar', 'typing.ClassVar'))
    return (annotation is typing.ClassVar
            or getattr(annotation, '__origin__', None) is typing.ClassVar
            or repr(annotation).startswith('typing.ClassVar['))


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(('InitVar', 'dataclasses.InitVar'))
    return annotation is InitVar or isinstance(annotation, InitVar)


def _is_kw_only(annotation):
    if isinstance(annotation, str):
        return annotation in ('KW_ONLY', 'dataclasses.KW_ONLY')
    return annotation is KW_ONLY


def _get_field(cls, name, annotation, kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    else:
        f.kw_only = False
    # Instances would share one list, dict or set between them.
    if f._field_type == _FIELD and (isinstance(f.default, (list, dict, set))
                                    or f.default.__class__.__hash__ is None):
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{name} is not allowed: use default_factory')
    return f


def _field_values(obj, fields):
    return tuple(getattr(obj, f.name) for f in fields)


_repr_running = set()


def _make_repr(fields):
    shown = [f for f in fields if f.repr]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            body = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in shown)
        finally:
            _repr_running.discard(key)
        return f'{self.__class__.__qualname__}({body})'
    return __repr__


def _make_compare(fields, op):
    compared = [f for f in fields if f.compare]

    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(_field_values(self, compared), _field_values(other, compared))
        return NotImplemented
    return compare


def _make_hash(fields):
    hashed = [f for f in fields if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(_field_values(self, hashed))
    return __hash__


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
    return f'{self_name}.{name}={value}'


def _field_init(f, frozen, locals, self_name):
    default_name = f'_dflt_{f.name}'
    if f.default_factory is not MISSING:
        locals[default_name] = f.default_factory
        if f.init:
            value = f'{default_name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}'
        else:
            value = f'{default_name}()'
    elif f.init:
        if f.default is not MISSING:
            locals[default_name] = f.default
        value = f.name
    else:
        return None
    if f._field_type == _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is not MISSING:
        default = f'=_dflt_{f.name}'
    elif f.default_factory is not MISSING:
        default = '=_HAS_DEFAULT_FACTORY'
    else:
        default = ''
    return f'{f.name}:_type_{f.name}{default}'


def _make_init(cls, fields, frozen, post_init):
    # Written and compiled from the source CPython's dataclasses writes, so that what goes
    # wrong in it (arguments, __post_init__, default factories) is reported the same way.
    fields = [f for f in fields if f._field_type in (_FIELD, _FIELD_INITVAR)]
    self_name = '__dataclass_self__' if any(f.name == 'self' for f in fields) else 'self'
    locals = {f'_type_{f.name}': f.type for f in fields}
    locals.update({'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
                   '__dataclass_builtins_object__': object})
    body = [line for line in (_field_init(f, frozen, locals, self_name) for f in fields) if line]
    if post_init:
        initvars = ','.join(f.name for f in fields if f._field_type == _FIELD_INITVAR)
        body.append(f'{self_name}.__post_init__({initvars})')
    params = [self_name] + [_init_param(f) for f in fields if f.init and not f.kw_only]
    kw_only = [_init_param(f) for f in fields if f.init and f.kw_only]
    if kw_only:
        params += ['*'] + kw_only
    locals['_return_type'] = None
    text = (f' def __init__({",".join(params)})->_return_type:\n'
            + '\n'.join(f'  {line}' for line in body or ['pass']))
    text = f'def __create_fn__({", ".join(locals)}):\n{text}\n return __init__'
    module = sys.modules.get(cls.__module__)
    ns = {}
    exec(text, module.__dict__ if module is not None else {}, ns)
    return ns['__create_fn__'](**locals)


def _frozen_methods(cls, fields):
    names = {f.name for f in fields}

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _set_method(cls, name, fn, overwrite=False):
    """Adds a generated method unless the class defines its own; returns
    whether the class already had one."""
    if name in cls.__dict__ and not overwrite:
        return True
    fn.__qualname__ = f'{cls.__qualname__}.{name}'
    setattr(cls, name, fn)
    return False


def _signature_doc(cls, fields):
    params = []
    for f in fields:
        if not f.init or f._field_type == _FIELD_CLASSVAR:
            continue
        t = f.type
        if isinstance(t, type):
            t = t.__qualname__ if t.__module__ == 'builtins' else f'{t.__module__}.{t.__qualname__}'
        elif isinstance(t, str):
            t = repr(t)
        elif repr(t).startswith('typing.'):
            # As inspect shows typing's objects: without the module prefixes.
            t = repr(t).replace('typing.', '')
        else:
            t = str(t)
        text = f'{f.name}: {t}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        params.append(text)
    return f'{cls.__name__}({", ".join(params)})'


class _DataclassParams:
    """The options a dataclass was made with, as its __dataclass_params__."""
    _names = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, *values):
        for name, value in zip(self._names, values):
            setattr(self, name, value)

    def __repr__(self):
        shown = ','.join(f'{n}={getattr(self, n)!r}' for n in self._names)
        return f'_DataclassParams({shown})'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only):
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get('__dataclass_fields__')
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if base.__dict__['__dataclass_params__'].frozen:
                any_frozen_base = True

    own = []
    kw_only_now = kw_only
    for name, annotation in cls.__dict__.get('__annotations__', {}).items():
        if _is_kw_only(annotation):
            kw_only_now = True
            continue
        own.append(_get_field(cls, name, annotation, kw_only_now))
    for f in own:
        fields[f.name] = f
        # The default becomes the class attribute; a field() object does not stay.
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls.__dict__.get('__annotations__', {}):
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    all_fields = list(fields.values())
    real = [f for f in all_fields if f._field_type == _FIELD]

    class_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = not (class_hash is MISSING
                         or (class_hash is None and '__eq__' in cls.__dict__))

    if init:
        seen_default = False
        for f in all_fields:
            if not f.init or f.kw_only or f._field_type == _FIELD_CLASSVAR:
                continue
            if f.default is MISSING and f.default_factory is MISSING:
                if seen_default:
                    raise TypeError(f'non-default argument {f.name!r} follows default argument')
            else:
                seen_default = True
        _set_method(cls, '__init__', _make_init(
            cls, all_fields, frozen, hasattr(cls, '__post_init__')))
    if repr:
        _set_method(cls, '__repr__', _make_repr(real))
    if eq:
        _set_method(cls, '__eq__', _make_compare(real, lambda a, b: a == b))
    if order:
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if _set_method(cls, name, _make_compare(real, op)):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using functools.total_ordering')
    if frozen:
        setter, deleter = _frozen_methods(cls, real)
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_method(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    if unsafe_hash:
        if explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        _set_method(cls, '__hash__', _make_hash(real), overwrite=True)
    elif eq and not explicit_hash:
        if frozen:
            _set_method(cls, '__hash__', _make_hash(real), overwrite=True)
        else:
            cls.__hash__ = None

    if not cls.__dict__.get('__doc__'):
        cls.__doc__ = _signature_doc(cls, all_fields)
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in all_fields
                                   if f.init and not f.kw_only
                                   and f._field_type != _FIELD_CLASSVAR)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Adds generated methods to a class from its annotated fields; usable
    bare (@dataclass) or with options (@dataclass(order=True)); slots=True
    makes a new class whose __slots__ are the fields."""
    def wrap(cls):
        if order and not eq:
            raise ValueError('eq must be true if order is true')
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                             match_args, kw_only)
        if weakref_slot and not slots:
            raise TypeError('weakref_slot is True but slots is False')
        if slots:
            cls = _add_slots(cls, weakref_slot)
        return cls
    if cls is None:
        return wrap
    return wrap(cls)


def _slots_of(cls):
    slots = cls.__dict__.get('__slots__', ())
    return (slots,) if isinstance(slots, str) else tuple(slots)


def _add_slots(cls, weakref_slot):
    # __slots__ only work when the class is made, so the class is made again.
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = {name for base in cls.__mro__[1:-1] for name in _slots_of(base)}
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(n for n in wanted if n not in inherited)
    for name in field_names + ('__dict__', '__weakref__'):
        cls_dict.pop(name, None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def fields(class_or_instance):
    """The fields of a dataclass or of an instance of one, in order."""
    try:
        found = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in found.values() if f._field_type == _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    """The fields as a dict, converting nested dataclasses, lists, tuples and
    dicts recursively (their items copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """The field values as a tuple, converting nested values as asdict does."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, None, tuple_factory)


def _convert(obj, dict_factory, tuple_factory=tuple):
    # dict_factory None means: dataclasses become tuples.
    def conv(value):
        return _convert(value, dict_factory, tuple_factory)
    if _is_dataclass_instance(obj):
        if dict_factory is None:
            return tuple_factory([conv(getattr(obj, f.name)) for f in fields(obj)])
        return dict_factory([(f.name, conv(getattr(obj, f.name))) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[conv(v) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(conv(v) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((conv(k), conv(v)) for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance like obj, with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, '
                                 f'it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type == _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            if f._field_type == _FIELD:
                changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    """A new dataclass named cls_name with fields given as names, (name, type)
    or (name, type, Field) items."""
    namespace = {} if namespace is None else dict(namespace)
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            namespace[name] = spec
        annotations[name] = tp
    namespace['__annotations__'] = annotations
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, **options)
