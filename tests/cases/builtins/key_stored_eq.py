from collections import Counter, defaultdict, OrderedDict
from decimal import Decimal
from fractions import Fraction
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
d = {P(1, 2): "a"}
print(d[P(1, 2)], P(1, 2) in d, d.get(P(1, 2)))
s = {P(1, 2)}
print(P(1, 2) in s, len(s | {P(1, 2)}))
d[P(1, 2)] = "b"
print(d)
class Name:
    def __init__(self, s):
        self.s = s
    def __eq__(self, o):
        return self.s == (o.s if isinstance(o, Name) else o)
    def __hash__(self):
        return hash(self.s)
    def __repr__(self):
        return f"Name({self.s!r})"
d2 = {Name("bob"): 1}
print("bob" in d2, Name("bob") in d2, d2.get("bob"))
d3 = {"bob": 1}
print(Name("bob") in d3, d3[Name("bob")])
s2 = {Name("x")}
print("x" in s2, {"x"} == s2, s2 == {"x"})
d4 = {Decimal(1): "dec", Fraction(1, 2): "half"}
print(1 in d4, d4.get(1), 0.5 in d4, d4.get(0.5))
d5 = {1: "one", 0.5: "half"}
print(Decimal(1) in d5, Fraction(1, 2) in d5, d5[Fraction(1, 2)])
print(Decimal("1.0") in {1}, 1 in {Decimal(1)}, (1, 2) in {(Decimal(1), 2)})
c = {}
for k in [1, Decimal(1), 1.0, Fraction(1)]:
    c[k] = c.get(k, 0) + 1
print(c)
