class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError("subclass must implement")
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
    def __str__(self):
        return self.describe()

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

class Square(Shape):
    def __init__(self, s):
        super(Square, self).__init__("square")
        self.s = s
    def area(self):
        return self.s * self.s

shapes = [Circle(1), Square(2), Circle(2.5)]
for s in shapes:
    print(s)
print(Shape.count)
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print(type(e).__name__, e, e.args)
print(Circle.__mro__)
print(Circle.__bases__, Square.__base__ if hasattr(Square, '__base__') else None)

class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

def risky(n):
    if n < 0:
        raise MyError(42, "negative!")
    return n

for n in (1, -1):
    try:
        print(risky(n))
    except MyError as e:
        print("caught", e.code, e, repr(e))
    else:
        print("no error")
    finally:
        print("finally", n)

def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

class Stack:
    def __init__(self):
        self._items = []
    def push(self, x): self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self): return len(self._items)
    def __bool__(self): return bool(self._items)
    def __iter__(self): return iter(self._items[::-1])
    def __contains__(self, x): return x in self._items
    def __getitem__(self, i): return self._items[i]

s = Stack()
for i in range(5): s.push(i * i)
print(len(s), bool(s), list(s), 9 in s, 10 in s, s[1], s[-1])
while s:
    print(s.pop(), end=" ")
print()
try:
    s.pop()
except IndexError as e:
    print(e)

class Vector:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vector(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vector(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"Vector({self.x}, {self.y})"
v = Vector(3, 4)
print(v + v, v * 2, 3 * v, -v, abs(v), v == Vector(3, 4), len(dict.fromkeys([v, Vector(3, 4)])))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower))
import functools
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print("calling", fn.__name__, a, k)
        return fn(*a, **k)
    return wrapper
@deco
def add(a, b=2):
    "adds"
    return a + b
print(add(1), add(1, b=5), add.__name__, add.__doc__)
print(Square(3).__dict__)
print(str(Circle(1).__class__), Circle)
