# One code site meeting many classes and class changes: every access must still mean
# what the generic lookup says.


class Base:
    def greet(self):
        return "base"


class Mid(Base):
    pass


class Leaf(Mid):
    def greet(self):
        return "leaf " + super().greet()


class Slotted:
    __slots__ = ("x",)


def call_greet(o):
    return o.greet()


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


objs = [Base(), Mid(), Leaf(), Mid(), Base()]
print([call_greet(o) for o in objs])

# A method found deep in the MRO, then defined closer to the instance's class.
m = Mid()
print(call_greet(m))
Mid.greet = lambda self: "mid"
print(call_greet(m), call_greet(Leaf()))
del Mid.greet
print(call_greet(m))

# An instance attribute shadows the method, then goes away.
m.greet = lambda: "own"
print(call_greet(m))
del m.greet
print(call_greet(m))

# Instance attributes in different dict orders at one site.
a, b = Base(), Base()
a.x, a.y = 1, 2
b.y, b.x = 3, 4
print([get_x(o) for o in (a, b, a, b)])

# A property appears on the class after the site has read the instance dict.
set_x(a, 10)
print(get_x(a))
Base.x = property(lambda self: "prop", lambda self, v: print("setter got", v))
print(get_x(a), get_x(b))
set_x(a, 11)
print(a.__dict__["x"])
del Base.x
print(get_x(a))

# __setattr__ and __getattr__ added after the site has stored and missed.
set_x(b, 5)


def loud_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


Base.__setattr__ = loud_setattr
set_x(b, 6)
del Base.__setattr__
set_x(b, 7)
print(get_x(b))
c = Base()
try:
    get_x(c)
except AttributeError as e:
    print("AttributeError:", e)
Base.__getattr__ = lambda self, name: "fallback " + name
print(get_x(c))
del Base.__getattr__

# Slots still refuse names they do not list, at a site that stored freely before.
s = Slotted()
set_x(s, 1)
print(get_x(s))


def set_y(o, v):
    o.y = v


set_y(a, 1)
try:
    set_y(s, 2)
except AttributeError as e:
    print("AttributeError:", e)

# A class attribute (not a function) and a staticmethod called through instances.
class Tool:
    label = "tool"

    @staticmethod
    def make():
        return "made"

    def run(self):
        return "run"


t = Tool()
print(t.label, t.make(), t.run())
Tool.run = staticmethod(Tool.make)
print(t.run())

# The instance dict shadows a method however the key got there, and stops when it goes.
class Greeter:
    def hello(self):
        return "method"


def call_hello(o):
    return o.hello()


g = Greeter()
print(call_hello(g))
g.__dict__["hello"] = lambda: "dict item"
print(call_hello(g))
del g.__dict__["hello"]
print(call_hello(g))
setattr(g, "hello", lambda: "setattr")
print(call_hello(g))
vars(g).clear()
print(call_hello(g))
vars(g).update({"other": 1, "hello": lambda: "update"})
print(call_hello(g))
g.__dict__.pop("hello")
print(call_hello(g), sorted(vars(g)))
many = Greeter()
for k in range(100):
    setattr(many, f"attr{k}", k)
print(call_hello(many))
many.hello = lambda: "after many"
print(call_hello(many))
