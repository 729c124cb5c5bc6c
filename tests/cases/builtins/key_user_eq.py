from decimal import Decimal
from fractions import Fraction

d = {Decimal(1): 'dec'}
print(d.get(1), 1 in d, d[1], d.get(1.0), 2 in d)
d[1] = 'int'
print(d)
e = {1: 'int'}
print(e.get(Decimal(1)), Decimal(1) in e, e[Fraction(1)], Fraction(1, 2) in {0.5: 1})
print({0.5: 'half'}.get(Fraction(1, 2)), Fraction(1, 2) in {0.5})
print(1 in {Decimal(1)}, Decimal(2) in {2.0}, {1, 2} == {Decimal(1), Decimal(2)})
print({Decimal(1), 1, 1.0}, {1.0, Fraction(1), 1})

class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name.lower())
    def __eq__(self, other):
        if isinstance(other, Key):
            return self.name.lower() == other.name.lower()
        if isinstance(other, str):
            return self.name.lower() == other.lower()
        return NotImplemented
    def __repr__(self):
        return f"Key({self.name!r})"

table = {Key("Alpha"): 1}
print("alpha" in table, table.get("alpha"), table[Key("ALPHA")])
plain = {"beta": 2}
print(Key("beta") in plain, plain.get(Key("beta")), plain[Key("beta")])
s = {Key("x"), "y"}
print("x" in s, Key("Y") in s, "z" in s)
s.add("X")
print(len(s))
s.discard("X")
print(sorted(map(repr, s)))
try:
    table["gamma"]
except KeyError as e:
    print("KeyError", e)
print({"a", "b"} - {Key("A")}, {"a"} | {Key("A")})
