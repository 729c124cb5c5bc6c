import functools
from functools import cached_property, singledispatch


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2


c = Circle(2)
print(c.area, c.area, "area" in vars(c))
del c.area
print(c.area)
print(type(Circle.area).__name__, Circle.area.attrname)


@singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register(int)
def _(n):
    return f"int {n}"


@describe.register(list)
def _(items):
    return "list of " + ", ".join(describe(i) for i in items)


describe.register(float, lambda x: f"float {x:.1f}")


class Base:
    pass


class Derived(Base):
    pass


@describe.register(Base)
def _(b):
    return f"a {type(b).__name__}"


print(describe(3), describe(2.5), describe("s"), describe([1, 2.0, "x"]))
print(describe(True), describe(Derived()), describe.dispatch(bool).__name__ if hasattr(describe.dispatch(bool), "__name__") else "?")
print(describe.__name__, sorted(k.__name__ for k in describe.registry))
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
print(functools.reduce(lambda a, b: a + b, [1, 2, 3]), functools.partial(pow, 2)(10))
