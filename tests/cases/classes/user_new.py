# __new__ written in Python: singletons, caching, __init__ skipped for other types.
class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating", cls.__name__)
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        print("init with", value)
        self.value = value


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, type(a).__name__)


class Order:
    def __new__(cls, *args, **kwargs):
        print("new", cls.__name__, args, kwargs)
        return object.__new__(cls)

    def __init__(self, x, y=0):
        print("init", x, y)
        self.total = x + y


o = Order(1, y=5)
print(o.total, isinstance(o, Order))


class Weird:
    def __new__(cls, x):
        return x * 2

    def __init__(self, x):
        print("never runs")


print(Weird(21), Weird("ab"))


class Cached:
    _cache = {}

    def __new__(cls, key):
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]


print(Cached("a") is Cached("a"), Cached("a") is Cached("b"), len(Cached._cache))


class Child(Singleton):
    _instance = None


c = Child(3)
print(c is a, type(c).__name__, c.value, Child.__new__ is Singleton.__new__)


# __new__ is found like any static method: through the class and through super().
class Counted:
    count = 0

    def __new__(cls):
        cls.count += 1
        return super().__new__(cls)


class SubCounted(Counted):
    def __new__(cls):
        print("SubCounted.__new__")
        return super().__new__(cls)


SubCounted()
SubCounted()
print(Counted.count, SubCounted.count, type(Counted.__new__(Counted)).__name__)


class Other:
    pass


class Factory:
    def __new__(cls):
        return object.__new__(Other)

    def __init__(self):
        print("never runs either")


print(type(Factory()).__name__)


# __new__ on subclasses of built-in types hands over to their own __init__.
class L(list):
    def __new__(cls, *a):
        print("L.__new__", a)
        return super().__new__(cls)


l = L([1, 2, 3])
print(l, type(l).__name__, len(l))


class E(Exception):
    def __new__(cls, *a):
        print("E.__new__", a)
        return super().__new__(cls, *a)


e = E("boom", 2)
print(repr(e), e.args, str(e))


class D(dict):
    def __new__(cls, *a, **k):
        return super().__new__(cls)


print(D(a=1), D([(1, 2)]))


def attempt(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


class Plain:
    pass


class OwnNew:
    def __new__(cls, *args):
        return object.__new__(cls, *args)


class OwnInit:
    def __init__(self, x):
        super().__init__(x)


attempt(lambda: Plain(1))
attempt(lambda: OwnNew(1))
attempt(lambda: object.__new__(Plain, 1))
attempt(lambda: object.__new__(1))
attempt(lambda: object.__new__())
attempt(lambda: OwnInit(1))
attempt(lambda: object.__init__(Plain(), 1))
attempt(lambda: Weird())
