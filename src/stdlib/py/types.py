"""Names for the types of built-in objects (FunctionType, GeneratorType...),
and SimpleNamespace.

Types gilpy does not distinguish are aliases: WrapperDescriptorType and
ClassMethodDescriptorType are MethodDescriptorType (method_descriptor),
MethodWrapperType is builtin_function_or_method, and MappingProxyType is
dict (a class's __dict__ is a plain dict here)."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
if hasattr(_f, '__code__'):
    CodeType = type(_f.__code__)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_coroutine = _c()
CoroutineType = type(_coroutine)
_coroutine.close()
del _coroutine


async def _ag():
    yield 1


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)
MappingProxyType = type(type.__dict__)
NoneType = type(None)
GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

del sys, _f, _g, _c, _ag, _C


_repr_running = set()


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with;
    its repr lists them, and equal attributes make equal namespaces."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        if id(self) in _repr_running:
            return f'{name}(...)'
        _repr_running.add(id(self))
        try:
            items = [f'{k}={v!r}' for k, v in self.__dict__.items()]
        finally:
            _repr_running.discard(id(self))
        return f'{name}({", ".join(items)})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class as a class statement would, filling its namespace with
    exec_body(ns)."""
    kwds = {} if kwds is None else dict(kwds)
    meta = kwds.pop('metaclass', type)
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(bases), ns, **kwds)
