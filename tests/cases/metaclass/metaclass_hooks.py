# Metaclasses: __new__/__init__/__call__ overrides, class keywords, __prepare__.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("new", mcs.__name__, name, [b.__name__ for b in bases], kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = name.lower()
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, sorted(k for k in ns if not k.startswith("__")))
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)

    def describe(cls):
        return f"<{cls.__name__} tag={cls.tag}>"

    @property
    def upper(cls):
        return cls.__name__.upper()


class A(metaclass=Meta):
    def f(self):
        return 1


class B(A, flag=True):
    def __init__(self, x, y=0):
        self.x = x + y


print(type(A).__name__, type(B) is Meta, A.tag, B.tag)
print(isinstance(A, Meta), isinstance(A, type), isinstance(B(1), A))
b = B(5, y=2)
print(b.x, b.f(), B.describe(), A.upper, type(b).__name__)
print(repr(type(A)), Meta.__mro__)


# A singleton through the metaclass's __call__.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("Config created")
        self.values = {}


c1 = Config()
c2 = Config()
c1.values["a"] = 1
print(c1 is c2, c2.values)


# A registry filled as classes are defined.
class Registry(type):
    classes = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.classes.append(name)


class Base(metaclass=Registry):
    pass


class One(Base):
    pass


class Two(Base):
    pass


print(Registry.classes)


# __prepare__ chooses the namespace the body runs in.
class Prep(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}

    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class P(metaclass=Prep, option="x"):
    seen = injected + 1


print(P.injected, P.seen)


# Dunders of the metaclass apply to the class itself.
class Listed(type):
    def __iter__(cls):
        return iter(cls.items)

    def __len__(cls):
        return len(cls.items)

    def __getitem__(cls, i):
        return cls.items[i]

    def __contains__(cls, x):
        return x in cls.items

    def __repr__(cls):
        return f"<listed {cls.__name__}>"


class Colors(metaclass=Listed):
    items = ["red", "green"]


print(list(Colors), len(Colors), Colors[1], "red" in Colors, "blue" in Colors, Colors)
print([Colors], str(Colors))


# A metaclass may be any callable.
def make_class(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)


class F(metaclass=make_class):
    pass


print(F.made_by, type(F).__name__)


def not_a_class(name, bases, ns):
    return name.upper()


class G(metaclass=not_a_class):
    pass


print(G)
