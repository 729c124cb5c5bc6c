# Class attributes read through instances see later changes to the class and its bases.
class Base:
    kind = "base"

    def hello(self):
        return "Base.hello"


class Child(Base):
    pass


c = Child()
for round_ in range(3):
    hello = getattr(c, "hello", None)
    print(round_, c.kind, hello and hello())
    if round_ == 0:
        Base.kind = "changed"
        Base.hello = lambda self: "patched"
    elif round_ == 1:
        Child.kind = "child"
        del Base.hello

try:
    c.hello()
except AttributeError as e:
    print("AttributeError:", e)


# A __setattr__ added after instances exist takes effect at once.
class Point:
    pass


p = Point()
p.x = 1
def logging_setattr(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)
Point.__setattr__ = logging_setattr
p.y = 2
print(p.x, p.y)
del Point.__setattr__
p.z = 3
print(sorted(vars(p).items()))


# __getattr__ added later, and removed.
class Lazy:
    pass


obj = Lazy()
print(hasattr(obj, "anything"))
Lazy.__getattr__ = lambda self, name: name.upper()
print(obj.anything)
del Lazy.__getattr__
print(hasattr(obj, "anything"))


# Counters kept on the class, the tutorial way.
class Employee:
    count = 0

    def __init__(self, name):
        self.name = name
        Employee.count += 1


staff = [Employee(n) for n in ("ann", "bob", "cy")]
print(Employee.count, staff[0].count, [e.name for e in staff])


# Classes made in a loop, each with its own methods.
def make(n):
    class K:
        def value(self):
            return n
    return K()


print([make(i).value() for i in range(5)])


# A method replaced on the class while a bound method of the old one is kept.
class Greeter:
    def greet(self):
        return "hi"


g = Greeter()
old = g.greet
Greeter.greet = lambda self: "hello"
print(old(), g.greet())
g.greet = lambda: "instance"
print(g.greet(), Greeter.greet(g))
