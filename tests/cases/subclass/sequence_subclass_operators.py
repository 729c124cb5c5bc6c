# Subclasses of tuple and list that define operators use them; super().__repr__() is
# the built-in repr.
class Vec(tuple):
    def __new__(cls, *xs):
        return super().__new__(cls, xs)

    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self, other)))

    def __mul__(self, k):
        return Vec(*(a * k for a in self))

    __rmul__ = __mul__

    def __repr__(self):
        return "Vec" + super().__repr__()


class Stack(list):
    def __add__(self, other):
        return Stack(list(self) + list(other) + ["+"])

    def __repr__(self):
        return f"Stack({super().__repr__()})"


class Plain(tuple):
    pass


v = Vec(1, 2)
print(v + Vec(3, 4), v * 3, 2 * v, v + (10, 10), repr(v), str(v), [v])
print(Stack([1]) + [2], [0] + Stack([1]), Plain((1, 2)) + (3,), type(Plain((1,)) + (2,)).__name__)
print(tuple.__repr__(v), list.__repr__(Stack([5])))
try:
    v - v
except TypeError as e:
    print(e)
