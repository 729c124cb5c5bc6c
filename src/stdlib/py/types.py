"""The types of built-in objects that have no builtin name (functions,
generators, methods, modules...), SimpleNamespace, and helpers to create
classes dynamically.

gilpy does not tell some of CPython's types apart, so a few names are the
same type: WrapperDescriptorType and ClassMethodDescriptorType are
MethodDescriptorType, MethodWrapperType is builtin_function_or_method, and
MappingProxyType is dict (a class's __dict__ is a plain dict here)."""

import sys as _sys


# Each type is taken from a sample object of that kind.

def _plain_function():
    pass


def _generator_function():
    yield


async def _coroutine_function():
    pass


async def _async_generator_function():
    yield


class _Holder:
    def method(self):
        pass


FunctionType = LambdaType = _plain_function.__class__
if hasattr(_plain_function, '__code__'):
    CodeType = _plain_function.__code__.__class__
GeneratorType = _generator_function().__class__
_pending = _coroutine_function()
CoroutineType = _pending.__class__
_pending.close()  # never awaited: close it so no warning is issued
AsyncGeneratorType = _async_generator_function().__class__
MethodType = _Holder().method.__class__
BuiltinFunctionType = abs.__class__
BuiltinMethodType = [].append.__class__
WrapperDescriptorType = object.__init__.__class__
MethodWrapperType = object().__str__.__class__
MethodDescriptorType = str.join.__class__
ClassMethodDescriptorType = dict.__dict__['fromkeys'].__class__
ModuleType = type(_sys)
MappingProxyType = type.__dict__.__class__
NoneType = None.__class__
GenericAlias = list[int].__class__
UnionType = (int | str).__class__
EllipsisType = (...).__class__
NotImplementedType = NotImplemented.__class__

del _plain_function, _generator_function, _coroutine_function, _async_generator_function
del _Holder, _pending


def resolve_bases(bases):
    """bases with each non-class entry that has __mro_entries__ replaced by
    what that method returns, as a class statement does."""
    resolved = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, '__mro_entries__'):
            resolved.append(base)
            continue
        replacement = base.__mro_entries__(bases)
        changed = True
        if not isinstance(replacement, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        resolved.extend(replacement)
    return tuple(resolved) if changed else bases


def _most_derived_metaclass(meta, bases):
    chosen = meta
    for base in bases:
        candidate = type(base)
        if issubclass(chosen, candidate):
            continue
        if issubclass(candidate, chosen):
            chosen = candidate
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return chosen


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) for a class statement with
    these bases and keywords; the namespace comes from __prepare__."""
    kwds = dict(kwds or ())
    meta = kwds.pop('metaclass', type(bases[0]) if bases else type)
    if isinstance(meta, type):
        meta = _most_derived_metaclass(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would; exec_body(ns), if given,
    fills in its namespace."""
    real_bases = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, real_bases, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if real_bases is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, real_bases, namespace, **kwds)


_shown_now = set()  # namespaces whose repr is being built, to cut cycles


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with;
    its repr lists them, and equal attributes make equal namespaces."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        label = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        if id(self) in _shown_now:
            return label + '(...)'
        _shown_now.add(id(self))
        try:
            fields = ', '.join(f'{key}={value!r}' for key, value in self.__dict__.items())
        finally:
            _shown_now.discard(id(self))
        return f'{label}({fields})'

    def __eq__(self, other):
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__ = None
