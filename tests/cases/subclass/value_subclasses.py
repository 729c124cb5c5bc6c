# Subclasses of int, float, str and tuple: extra methods and attributes, operations
# fall back to the built-in value, and arithmetic gives the built-in type.
class MyInt(int):
    def double(self):
        return self * 2

    def is_even(self):
        return self % 2 == 0


n = MyInt(21)
print(n, repr(n), n.double(), n.is_even(), n + 1, type(n + 1).__name__, type(n).__name__)
print(isinstance(n, int), isinstance(n, MyInt), n == 21, n < 30, hash(n) == hash(21), bool(MyInt(0)))
print(int(n), float(n), str(n), f"{n:>5}", f"{n:x}", "%d" % n, [1, 2, 3][MyInt(1)], abs(MyInt(-3)))
print(sorted([MyInt(3), 1, MyInt(2)]), {21: "x"}[n], n.bit_length() if hasattr(n, "bit_length") else 5)
n.label = "answer"
print(n.label, MyInt("42") + MyInt(8), MyInt(), -n, n ** 2, 100 - n, divmod(n, 4))


class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"Celsius({float(self)})"


c = Celsius(21.5)
print(c, repr(c), str(c), c.to_f(), c + 0.5, type(c + 0.5).__name__, round(c), f"{c:.2f}", c > 20)


class Name(str):
    def shout(self):
        return self.upper() + "!"

    @property
    def initials(self):
        return "".join(w[0] for w in self.split())


s = Name("ada lovelace")
print(s, repr(s), s.shout(), s.initials, len(s), s[0], s[-4:], "love" in s, s + "!", type(s + "!").__name__)
print(s.title(), s.split(), s == "ada lovelace", s.startswith("ada"), list(Name("ab")), f"[{s:>14}]", str(s))
print({"ada lovelace": 1}[s], sorted([Name("b"), "a"]), ", ".join([s, Name("x")]), s.replace("a", "4"))


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())

    def __init__(self, value):
        self.original = value


u = Upper("hello")
print(u, u.original, isinstance(u, str), len(u), u.lower())


class Money(int):
    def __new__(cls, amount, currency="EUR"):
        obj = super().__new__(cls, amount)
        obj.currency = currency
        return obj

    def __str__(self):
        return f"{int(self)} {self.currency}"

    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)


m = Money(5, "USD") + Money(7)
print(m, type(m).__name__, m.currency, repr(m), m * 2)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(3, 4)
x, y = p
print(p, p.x, p.y, x + y, len(p), p == (3, 4), isinstance(p, tuple), p + (5,), type(p).__name__)
try:
    MyInt("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
table = {MyInt(7): "seven", Name("key"): "value"}
print(table[7], table["key"], 7 in table, Name("key") in table, {21, n, 21.0})
print(range(MyInt(3)), list(range(MyInt(1), MyInt(4))), "ab" * MyInt(2), [0] * MyInt(3), MyInt(2) * "c")
