# __slots__ limits the attributes instances may have.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
p.x = 10
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(e)


class Point3(Point):
    __slots__ = ["z"]


q = Point3(1, 2)
q.z = 3
print(q.x, q.z)
try:
    q.w = 4
except AttributeError as e:
    print(e)


class Loose(Point):
    pass


r = Loose(0, 0)
r.anything = 1
print(r.anything)


class One:
    __slots__ = "only"


o = One()
o.only = 1
try:
    o.other = 2
except AttributeError as e:
    print(e)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.b = 5
print(w.b)
