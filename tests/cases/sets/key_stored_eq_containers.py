from collections import Counter, defaultdict, OrderedDict
from decimal import Decimal
from fractions import Fraction


class Name:
    def __init__(self, s):
        self.s = s

    def __eq__(self, o):
        return self.s == (o.s if isinstance(o, Name) else o)

    def __hash__(self):
        return hash(self.s)

    def __repr__(self):
        return f"Name({self.s!r})"


d = {Name("a"): 1, "b": 2}
print(d["a"], d.get("b"), "a" in d, d.pop("a"), d)
d[Name("x")] = 5
d["x"] = 6
print(d)
del d["x"]
print(d)
s = {Name("k")}
s.add("k")
print(s, "k" in s)
s.discard("k")
print(s)
s2 = {Name("p"), Name("q")}
print(s2 - {"p"}, len(s2 & {"q"}), {"p"} <= s2, s2 >= {"p", "q"})
s3 = set(s2)
s3.remove("p")
print(s3)
print(s2 == {"p", "q"}, {"q", "p"} == s2, frozenset(s2) == {"p", "q"})
print({(Name("t"), 1): "tuple"}[("t", 1)])
c = Counter({Name("z"): 2})
c["z"] += 1
print(c)
dd = defaultdict(int)
dd[Name("m")] += 1
dd["m"] += 1
print(dd)
od = OrderedDict({Decimal(2): "two"})
print(od[2], od.get(2.0), 2 in od)
print(d.setdefault("b", 9), {Name("b"): 1}.setdefault("b", 7))
e = {Fraction(1, 2): 1}
e2 = e.copy()
print(e2[0.5], dict(e)[0.5], {**e}[0.5])
ints = {i: i for i in range(5)}
print(ints[3], 3.0 in ints, Decimal(3) in ints, Fraction(6, 2) in ints)
