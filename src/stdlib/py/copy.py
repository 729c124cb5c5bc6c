"""Shallow and deep copies: copy(x) and deepcopy(x, memo).

Classes customise copying with __copy__(self) and __deepcopy__(self, memo),
with __reduce_ex__/__reduce__ as for pickling, or the state copied with
__getstate__/__setstate__. Other objects are rebuilt
as a new object of the same class (without calling __init__) holding the same
attributes, list items or dict entries; deep copies copy those recursively,
sharing the memo dict so that shared and self-referencing structure is copied
once."""

from _copy import blank as _blank


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy"]

# Values that cannot change, so a copy may be the value itself.
_ATOMIC = frozenset([
    type(None), int, float, bool, str, bytes, type, range, frozenset, tuple,
    type(...), type(NotImplemented), type(len), type(lambda: None), property,
])


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls in (list, dict, set):
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _rebuild(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to its copy."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deep_copiers.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif cls in _ATOMIC or issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _rebuild(x, memo)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The memo is keyed by id(), so the originals must outlive the copying, or a
    # new temporary object could reuse a copied one's id.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # Copying the items may have copied this tuple already, through a mutable
    # object that contains it.
    if id(x) in memo:
        return memo[id(x)]
    if all(a is b for a, b in zip(items, x)):
        return x
    return tuple(items)


def _deepcopy_set(x, memo):
    return type(x)(deepcopy(item, memo) for item in x)


_deep_copiers = {
    list: _deepcopy_list,
    dict: _deepcopy_dict,
    tuple: _deepcopy_tuple,
    set: _deepcopy_set,
    frozenset: _deepcopy_set,
    bytearray: lambda x, memo: bytearray(x),
}


def _rebuild(x, memo):
    """A new object of x's class with x's state, copied deeply when memo is a dict."""
    deep = memo is not None
    cls = type(x)
    reduce = getattr(cls, "__reduce_ex__", None)
    if reduce is not None:
        return _from_reduce(x, memo, reduce(x, 4))
    reduce = getattr(cls, "__reduce__", None)
    if reduce is not None:
        return _from_reduce(x, memo, reduce(x))
    if isinstance(x, tuple):
        items = [deepcopy(item, memo) for item in x] if deep else list(x)
        return cls(*items) if hasattr(cls, "_fields") else cls(items)
    native = False
    try:
        y, state = _blank(x)
    except TypeError:
        if getattr(cls, "copy", None) is None:
            raise
        # A container implemented natively (deque, Counter, defaultdict...):
        # its own copy keeps its settings (maxlen, default_factory).
        y = x.copy()
        if not deep:
            return y
        y.clear()
        state = None
        native = True
    if deep:
        memo[id(x)] = y
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None:
        state = getstate(x)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    elif isinstance(x, list) or native:
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    return y


def _from_reduce(x, memo, rv):
    """Rebuilds x from what a class's own __reduce_ex__/__reduce__ returned:
    (callable, args[, state[, list items[, dict items]]])."""
    if isinstance(rv, str):
        return x
    deep = memo is not None
    func, args, state, listiter, dictiter = (tuple(rv) + (None,) * 3)[:5]
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def _set_state(y, state):
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    try:
        # Straight into __dict__, so that a __setattr__ that refuses (as in a
        # frozen dataclass) does not stop the copy.
        y.__dict__.update(state)
    except AttributeError:
        for name, value in state.items():
            setattr(y, name, value)
