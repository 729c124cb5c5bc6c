"""copyreg: what pickle consults beyond an object's own __reduce_ex__.

gilpy's copyreg holds the table of reduction functions registered for
types, the functions pickles name to rebuild objects (their names are part
of the pickle format, so they cannot change), and the registry of
extension codes: small integers that stand for a (module, name) global in
protocol 2 pickles.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

# type -> function returning the type's reduce tuple; pickle looks here
# before an object's own __reduce_ex__.
dispatch_table = {}

# The extension registry, both ways, and the objects already looked up by
# code while unpickling.
_extension_registry = {}    # keyed by (module, name)
_inverted_registry = {}     # keyed by code
_extension_cache = {}       # the object each code stood for


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register `pickle_function` to reduce instances of `ob_type`."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # Only checked (after registering, as CPython does): pickles name
    # constructors by reference, so there is nothing to record.
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Check that `object` can serve as a constructor (it must be callable);
    nothing is recorded."""
    if not callable(object):
        raise TypeError("constructors must be callable")


def _reconstructor(cls, base, state):
    """Rebuild an instance of `cls` the way protocols 0 and 1 describe it:
    created through its builtin `base`, which takes `state` unless it is
    object."""
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    has_own_init = base.__init__ != object.__init__
    if has_own_init:
        base.__init__(made, state)
    return made


def __newobj__(cls, *args):
    """Protocol 2's NEWOBJ: cls.__new__(cls, *args)."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Protocol 4's NEWOBJ_EX: cls.__new__ with keyword arguments too."""
    return cls.__new__(cls, *args, **kwargs)


def add_extension(module, name, code):
    """Let extension `code` (1 to 2**31-1) stand for the global
    `module`.`name`. Registering the same pair again is harmless."""
    code = int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    holder = _inverted_registry.get(code)
    current = _extension_registry.get(key)
    if current == code and holder == key:
        return
    if current is not None:
        raise ValueError(f"key {key} is already registered with code {current}")
    if holder is not None:
        raise ValueError(f"code {code} is already in use for key {holder}")
    _extension_registry[key], _inverted_registry[code] = code, key


def remove_extension(module, name, code):
    """Undo add_extension(module, name, code)."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError(f"key {key} is not registered with code {code}")
    del _extension_registry[key], _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
