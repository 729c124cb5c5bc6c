# A class body stores names through the __setitem__ of the namespace __prepare__
# returned, __module__ and __qualname__ included, as CPython does.
class Recorder(dict):
    def __setitem__(self, key, value):
        print("set", key, type(value).__name__)
        if key.startswith("bad_"):
            raise KeyError(f"{key} not allowed")
        super().__setitem__(key.upper() if key.islower() else key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return Recorder()

    def __new__(mcs, name, bases, ns, **kw):
        print("namespace type:", type(ns).__name__, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcs, name, bases, dict(ns))


class C(metaclass=Meta):
    x = 1
    y = x + 1 if False else 2

    def method(self):
        return "m"


print(C.X, C.Y, C().METHOD())
try:
    class D(metaclass=Meta):
        bad_name = 3
except KeyError as e:
    print("KeyError:", e)
