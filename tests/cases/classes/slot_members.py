# Each name in __slots__ is a member descriptor in the class (private names mangled);
# an empty slot reads as a missing attribute, and a slot may not shadow a class variable.
class Point:
    __slots__ = ("x", "y", "__tag")

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.__tag = "pt"

    def tag(self):
        return self.__tag


p = Point(1, 2)
print(p.x, p.tag(), Point.x, Point._Point__tag, type(Point.y).__name__)
print(sorted(n for n in dir(p) if not n.startswith("__")))
try:
    vars(p)
except TypeError as e:
    print(e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 5
print(p.x, hasattr(Point(0, 0), "x"), getattr(p, "y"))


class Fallback:
    __slots__ = ("a",)

    def __getattr__(self, name):
        return f"fallback {name}"


f = Fallback()
print(f.a)
f.a = 1
print(f.a)


class Base:
    __slots__ = ["p", "q"]


class Derived(Base):
    __slots__ = {"r": "the r slot"}


d = Derived()
d.p, d.r = 1, 2
print(d.p, d.r, Derived.r, Base.p)
for bad in [("a",), (1,)]:
    try:

        class Conflict:
            __slots__ = bad
            a = 1

    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
