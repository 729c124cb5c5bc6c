# type() with three arguments builds a class like a class statement does.
def hello(self):
    return f"hello from {type(self).__name__} {self.x}"


Point = type("Point", (), {"x": 3, "hello": hello, "__repr__": lambda self: "Point()"})
p = Point()
print(Point.__name__, Point.__qualname__, Point.__bases__, p.hello(), p, Point.x)


class Base:
    def who(self):
        return "base"


Derived = type("Derived", (Base,), {"extra": 1})
d = Derived()
print(d.who(), d.extra, isinstance(d, Base), Derived.__mro__)
print(type(Derived), type(type), type(object), type(int), type(3), type("s").__name__)


class Meta(type):
    def __new__(mcs, name, bases, ns):
        print("Meta.__new__", name)
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)


class WithMeta(metaclass=Meta):
    pass


# The most derived metaclass of the bases makes the class.
X = type("X", (WithMeta,), {})
print(type(X).__name__, X.__mro__)
Y = Meta("Y", (), {"z": 9})
print(type(Y).__name__, Y.z)


def attempt(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


attempt(lambda: type("X"))
attempt(lambda: type("X", (), {}, 1))
attempt(lambda: type(1, (), {}))
attempt(lambda: type("X", [], {}))
attempt(lambda: type("X", (), []))
attempt(lambda: type.__new__(1, "X", (), {}))
attempt(lambda: type.__new__(type))


class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


def conflict():
    class C(A, B):
        pass


attempt(conflict)


def keywords_to_object():
    class D(flag=1):
        pass


attempt(keywords_to_object)
