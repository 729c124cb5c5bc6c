# types.new_class, prepare_class and resolve_bases; SimpleNamespace's details.
import types


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], sorted(kwds))
        return {"prepared": True}

    def __new__(mcls, name, bases, ns, **kwds):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), sorted(kwds))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)


class Base(metaclass=Meta):
    pass


def body(ns):
    ns["x"] = 1
    ns["hello"] = lambda self: "hi " + type(self).__name__


C = types.new_class("C", (Base,), {"flag": 3}, body)
print(C.__name__, type(C).__name__, C.x, C.prepared, C().hello(), C.__module__ == __name__ or C.__module__)
D = types.new_class("D")
print(D.__name__, D.__bases__, type(D).__name__)
E = types.new_class("E", (int,), exec_body=lambda ns: ns.update(double=lambda self: self * 2))
print(E(21).double(), E.__mro__[1].__name__)
F = types.new_class("F", (), {"metaclass": Meta})
print(type(F).__name__)

meta, ns, kwds = types.prepare_class("P", (Base,), {"metaclass": type, "other": 1})
print(meta.__name__, ns, kwds)
meta, ns, kwds = types.prepare_class("Q", (), None)
print(meta.__name__, ns, kwds)


class Entry:
    def __mro_entries__(self, bases):
        return (dict,)


print(types.resolve_bases((int, Entry(), str)))
G = types.new_class("G", (Entry(),))
print(G.__mro__[1].__name__, G.__orig_bases__[0].__class__.__name__)
print(types.resolve_bases((int, str)))


class Other(type):
    pass


try:
    types.new_class("H", (Base, types.new_class("I", (), {"metaclass": Other})))
except TypeError as e:
    print("TypeError", e)

ns = types.SimpleNamespace(b=2, a=1)
print(ns, repr(ns), ns.__dict__)
ns2 = types.SimpleNamespace(**{"x": 1})
print(ns2 == types.SimpleNamespace(x=1), ns2 != ns)
print(types.SimpleNamespace.__hash__)
try:
    types.SimpleNamespace(1, 2)
except TypeError as e:
    print("TypeError", e)
print(types.SimpleNamespace(nested=types.SimpleNamespace(deep=[1])))


class Sub(types.SimpleNamespace):
    pass


print(Sub(a=1), Sub(a=1) == types.SimpleNamespace(a=1))
print(types.FunctionType is type(body), types.MethodType.__name__, types.NoneType.__name__)
