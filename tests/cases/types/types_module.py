import types
from types import SimpleNamespace


def f():
    pass


def gen():
    yield 1


class K:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(gen(), types.GeneratorType), isinstance(f, types.GeneratorType))
print(isinstance(K().m, types.MethodType), isinstance(K.m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(types, types.ModuleType), isinstance(None, types.NoneType))
print(isinstance(..., types.EllipsisType), isinstance(NotImplemented, types.NotImplementedType))
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.ModuleType.__name__)
print(types.CoroutineType.__name__, types.AsyncGeneratorType.__name__, types.MethodType.__name__)


def describe(obj):
    if isinstance(obj, types.FunctionType):
        return "function"
    if isinstance(obj, types.GeneratorType):
        return "generator"
    if isinstance(obj, types.BuiltinFunctionType):
        return "builtin"
    return type(obj).__name__


print([describe(o) for o in [f, gen(), print, 3, "s"]])

ns = SimpleNamespace(name="gilpy", version=(0, 1), tags=["fast"])
print(ns, ns.name, ns.version)
ns.extra = 1
del ns.tags
print(ns, vars(ns), sorted(ns.__dict__))
print(SimpleNamespace(), SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) == SimpleNamespace(a=2))
print(SimpleNamespace(a=1) != SimpleNamespace(a=1), SimpleNamespace(a=1) == {"a": 1})
rec = SimpleNamespace(x=1)
rec.me = rec
rec.items = [rec]
print(rec)
print(SimpleNamespace(**{"k": "v", "n": None}))


class Config(SimpleNamespace):
    pass


print(Config(debug=True), isinstance(Config(), SimpleNamespace))
try:
    SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
