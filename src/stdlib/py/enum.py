"""Enumerations, as CPython 3.11's enum module: Enum, IntEnum, StrEnum, Flag, IntFlag,
auto and unique. EnumType turns the names assigned in a class body into the members,
instances of the class made once, when the class is."""

import operator as _operator

__all__ = [
    "EnumType", "EnumMeta", "Enum", "ReprEnum", "IntEnum", "StrEnum", "Flag", "IntFlag",
    "auto", "unique",
]

_auto_null = object()


class auto:
    """Stands for a member's value until EnumType works it out."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    prefix = "_%s__" % cls_name.lstrip("_")
    return name.startswith(prefix) and not name.endswith("__")


_function_types = (type(_is_dunder), type(len), property, staticmethod, classmethod)


def _is_descriptor(obj):
    if isinstance(obj, _function_types):
        return True
    t = type(obj)
    return hasattr(t, "__get__") or hasattr(t, "__set__") or hasattr(t, "__delete__")


class _ReadOnlyMember:
    """A member's `name` or `value`: read through fget, never set or deleted."""

    def __init__(self, name, fget):
        self._name = name
        self._fget = fget

    def __get__(self, member, owner=None):
        return self if member is None else self._fget(member)

    def _refuse(self, verb):
        raise AttributeError(f"<enum 'Enum'> cannot {verb} attribute {self._name!r}")

    def __set__(self, member, value):
        self._refuse('set')

    def __delete__(self, member):
        self._refuse('delete')


class _EnumDict(dict):
    """The namespace of an Enum class body. An `auto()` gets its value as it is
    assigned, so later lines of the body can use it (`RW = R | W`), as in CPython."""

    def __init__(self, generate=None):
        super().__init__()
        self._generate = generate
        self._last_values = []
        self._member_names = []
        self._auto_used = False

    def __setitem__(self, key, value):
        if key == "_generate_next_value_":
            # Values already handed out by auto() came from the inherited rule.
            if self._auto_used:
                raise TypeError("_generate_next_value_ must be defined before members")
            self._generate = value
        elif not (_is_dunder(key) or _is_sunder(key) or _is_descriptor(value)):
            if key in self:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            self._member_names.append(key)
            if isinstance(value, auto) and self._generate is not None:
                self._auto_used = True
                if value.value is _auto_null:
                    value.value = self._generate(
                        key, 1, len(self._last_values), self._last_values[:])
                value = value.value
            self._last_values.append(value)
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        super().__setitem__(key, value)


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        generate = None
        for base in reversed(bases):
            if isinstance(base, EnumType):
                generate = base._generate_next_value_
                break
        return _EnumDict(generate)

    def __new__(metacls, cls, bases, classdict, **kwds):
        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        for key in ignore:
            classdict.pop(key, None)
        classdict.pop("_ignore_", None)
        members = {}
        for key, value in list(classdict.items()):
            if (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value)):
                continue
            members[key] = classdict.pop(key)
        if "__new__" in classdict:
            classdict["_new_member_"] = staticmethod(classdict.pop("__new__"))
        member_type = object
        for base in bases:
            for klass in base.__mro__:
                if klass in (int, str, float):
                    member_type = klass
                    break
            if member_type is not object:
                break
        classdict["_member_names_"] = []
        classdict["_member_map_"] = {}
        classdict["_value2member_map_"] = {}
        classdict["_member_type_"] = member_type
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        # Members are made below; calling the class looks one up, whatever the data type.
        type.__setattr__(enum_class, "__new__", _lookup)
        # The data type's repr and friends come first in the MRO; the Enum's win, as in
        # CPython, unless the class body defines its own.
        first_enum = [b for b in bases if isinstance(b, EnumType)]
        if member_type is not object and first_enum:
            for name in ("__repr__", "__str__", "__format__"):
                if name not in classdict:
                    found = getattr(enum_class, name)
                    if found in (getattr(member_type, name, None), getattr(object, name, None)):
                        setattr(enum_class, name, getattr(first_enum[-1], name))
        if members and any(isinstance(b, EnumType) and b._member_names_ for b in bases):
            raise TypeError("%s: cannot extend %r" % (cls, bases[-1]))
        last_values = []
        for name, value in members.items():
            if isinstance(value, auto):
                self._auto_used = True
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(
                        name, 1, len(last_values), last_values[:])
                value = value.value
            enum_class._add_member_(name, value)
            last_values.append(value)
        return enum_class

    def _add_member_(cls, name, value):
        if name in cls._member_map_:
            raise TypeError("%r already defined as %r" % (name, cls._member_map_[name]._value_))
        args = value if isinstance(value, tuple) else (value,)
        new_member = getattr(cls, "_new_member_", None)
        if new_member is not None:
            member = new_member(cls, *args)
        elif cls._member_type_ is object:
            member = object.__new__(cls)
        else:
            member = cls._member_type_.__new__(cls, *args)
        if not hasattr(member, "_value_"):
            if cls._member_type_ is object:
                member._value_ = value
            else:
                member._value_ = cls._member_type_(*args)
        member._name_ = name
        member.__objclass__ = cls
        member.__init__(*args)
        for existing in cls._member_map_.values():
            if existing._value_ == member._value_:
                member = existing
                break
        else:
            # A Flag lists only its single-bit members; zero and multi-bit ones are
            # named combinations.
            value = member._value_
            if not (Flag is not None and issubclass(cls, Flag)) or (
                    isinstance(value, int) and value > 0 and value & (value - 1) == 0):
                cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(member._value_, member)
        except TypeError:
            pass
        type.__setattr__(cls, name, member)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)  # CPython: enum.py:785
        try:
            return type.__getattribute__(cls, '_member_map_')[name]
        except KeyError:
            raise AttributeError(name) from None  # CPython: enum.py:789

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:  # simple value lookup
            return cls.__new__(cls, value)  # CPython: enum.py:717
        return cls._create_(value, names, module=module, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            items, last_values = [], []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                items.append((name, value))
            names = items
        if isinstance(names, dict):
            names = names.items()
        for name, value in names:
            classdict[name] = value
        classdict["__module__"] = module if module is not None else "__main__"
        return EnumType(class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)


EnumMeta = EnumType
def __new__(cls, value):
    # The `__new__` of every Enum class (so named for tracebacks, as in CPython).
    if isinstance(value, cls):
        return value
    try:
        return cls._value2member_map_[value]
    except (KeyError, TypeError):
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
    result = cls._missing_(value)
    if isinstance(result, cls):
        return result
    ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
    if result is None:
        raise ve_exc  # CPython: enum.py:1133
    raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                    % (cls.__name__, result))


__new__.__qualname__ = 'Enum.__new__'
_lookup = staticmethod(__new__)
del __new__

Flag = None


class Enum(metaclass=EnumType):
    """A set of named, unique constant values."""

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __init__(self, *args, **kwds):
        pass

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return getattr, (self.__class__, self._name_)

    name = _ReadOnlyMember('name', lambda member: member._name_)
    value = _ReadOnlyMember('value', lambda member: member._value_)


class ReprEnum(Enum):
    """Members keep the repr of an Enum but the str() and format() of their value."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


def _value_of(x):
    return x._value_ if isinstance(x, Enum) else x


def _binary(op):
    def method(self, other):
        return op(self._value_, _value_of(other))
    return method


def _reflected(op):
    def method(self, other):
        return op(_value_of(other), self._value_)
    return method


def _unary(op):
    def method(self):
        return op(self._value_)
    return method


class _ValueOps:
    """Operators that act on a member's value, for enumerations of ints and strs."""

    __eq__ = _binary(_operator.eq)
    __ne__ = _binary(_operator.ne)
    __lt__ = _binary(_operator.lt)
    __le__ = _binary(_operator.le)
    __gt__ = _binary(_operator.gt)
    __ge__ = _binary(_operator.ge)
    __add__ = _binary(_operator.add)
    __radd__ = _reflected(_operator.add)
    __mul__ = _binary(_operator.mul)
    __rmul__ = _reflected(_operator.mul)
    __mod__ = _binary(_operator.mod)
    __rmod__ = _reflected(_operator.mod)
    __len__ = _unary(len)
    __bool__ = _unary(bool)
    __contains__ = _binary(_operator.contains)
    __getitem__ = _binary(_operator.getitem)
    __iter__ = _unary(iter)

    def __hash__(self):
        return hash(self._value_)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError("%r object has no attribute %r" % (type(self).__name__, name))
        return getattr(self._value_, name)


class _IntOps(_ValueOps):
    __sub__ = _binary(_operator.sub)
    __rsub__ = _reflected(_operator.sub)
    __truediv__ = _binary(_operator.truediv)
    __rtruediv__ = _reflected(_operator.truediv)
    __floordiv__ = _binary(_operator.floordiv)
    __rfloordiv__ = _reflected(_operator.floordiv)
    __pow__ = _binary(_operator.pow)
    __rpow__ = _reflected(_operator.pow)
    __lshift__ = _binary(_operator.lshift)
    __rlshift__ = _reflected(_operator.lshift)
    __rshift__ = _binary(_operator.rshift)
    __rrshift__ = _reflected(_operator.rshift)
    __and__ = _binary(_operator.and_)
    __rand__ = _reflected(_operator.and_)
    __or__ = _binary(_operator.or_)
    __ror__ = _reflected(_operator.or_)
    __xor__ = _binary(_operator.xor)
    __rxor__ = _reflected(_operator.xor)
    __neg__ = _unary(_operator.neg)
    __pos__ = _unary(_operator.pos)
    __abs__ = _unary(abs)
    __invert__ = _unary(_operator.invert)
    __int__ = _unary(int)
    __index__ = _unary(int)
    __float__ = _unary(float)

    def __round__(self, ndigits=None):
        return round(self._value_, ndigits)


class IntEnum(_IntOps, int, ReprEnum):
    """An Enum whose members are also ints."""


class StrEnum(_ValueOps, str, ReprEnum):
    """An Enum whose members are also strs."""

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Members combine with the bitwise operators."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        power = 1
        while power <= max(last_values):
            power <<= 1
        return power

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        all_bits = 0
        for m in cls:
            all_bits |= m._value_
        # CPython 3.11's Flag boundary is CONFORM: bits that name no member are dropped
        # (which also maps a negative value into the members' bits).
        value &= all_bits
        pseudo = object.__new__(cls)
        names = [m._name_ for m in cls if m._value_ and m._value_ & value == m._value_]
        pseudo._name_ = "|".join(names) if names else None
        pseudo._value_ = value
        return cls._value2member_map_.setdefault(value, pseudo)

    def __repr__(self):
        cls_name = type(self).__name__
        if self._name_ is None:
            return "<%s: %r>" % (cls_name, self._value_)
        return "<%s.%s: %r>" % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = type(self).__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return (m for m in type(self) if m._value_ and m._value_ & self._value_ == m._value_)

    def __len__(self):
        return len(list(iter(self)))

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ ^ other._value_)

    def __invert__(self):
        all_bits = 0
        for m in type(self):
            all_bits |= m._value_
        return type(self)(all_bits & ~self._value_)


def _int_flag_op(op):
    def method(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(op(self._value_, int(other)))
    return method


class IntFlag(_IntOps, int, ReprEnum, Flag):
    """A Flag whose members are also ints; bits that name no member are kept."""

    __or__ = __ror__ = _int_flag_op(_operator.or_)
    __and__ = __rand__ = _int_flag_op(_operator.and_)
    __xor__ = __rxor__ = _int_flag_op(_operator.xor)
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __contains__ = Flag.__contains__
    __repr__ = Flag.__repr__
    _numeric_repr_ = repr

    def __invert__(self):
        return type(self)(~self._value_)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = 0
        for m in cls._member_map_.values():
            mask |= m._value_
        if value < 0:
            value += 2 ** mask.bit_length()
        pseudo = int.__new__(cls, value)
        names = [m._name_ for m in cls if m._value_ & value == m._value_]
        unknown = value & ~mask
        if unknown:
            names.append(cls._numeric_repr_(unknown))
        pseudo._name_ = "|".join(names) if names else None
        pseudo._value_ = value
        return cls._value2member_map_.setdefault(value, pseudo)


def unique(enumeration):
    """Class decorator refusing aliases (two names for one value)."""
    duplicates = [(name, member._name_) for name, member in enumeration.__members__.items()
                  if name != member._name_]
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration
