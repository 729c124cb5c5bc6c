class C:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        "The x value."
        return self._x

    @x.setter
    def x(self, v):
        self._x = v

    def _get_y(self):
        return 2

    y = property(_get_y, doc="Explicit doc.")
    z = property(lambda self: 3)

    @property
    def nodoc(self):
        return 0


print(C.x.__doc__, C.y.__doc__, C.z.__doc__, C.nodoc.__doc__)
c = C()
c.x = 5
print(c.x)
for name in ["x", "y", "z"]:
    try:
        delattr(c, name)
    except AttributeError as e:
        print(e)
try:
    c.y = 1
except AttributeError as e:
    print(e)
print(property(None, None, None, "d").__doc__)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
