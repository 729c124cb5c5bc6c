class P:
    def __init__(s, x, y): s.x, s.y = x, y
    def __eq__(s, o):
        print("eq", s, o) if False else None
        return isinstance(o, P) and (s.x, s.y) == (o.x, o.y)
    def __hash__(s): return hash((s.x, s.y))
    def __repr__(s): return f"P({s.x}, {s.y})"
a = {P(1, 2), P(1, 2), P(3, 4)}
print(len(a), P(1, 2) in a, P(9, 9) in a)
b = frozenset([P(1, 2), P(5, 6)])
print(sorted(map(repr, a & b)), sorted(map(repr, a | b)), sorted(map(repr, a - b)), sorted(map(repr, a ^ b)))
print(a == {P(3, 4), P(1, 2)}, b <= a, {P(1, 2)} <= a)
a.discard(P(1, 2)); print(a)
a.remove(P(3, 4)); print(a)
try:
    a.remove(P(0, 0))
except KeyError as e: print("KeyError", e)
print({(P(1, 2), 1), (P(1, 2), 1)})
d = {P(1, 2): "a"}; print(d[P(1, 2)], P(1, 2) in d)
class NoHash:
    def __eq__(s, o): return True
try:
    {NoHash()}
except TypeError as e: print(e)
try:
    set([[1]])
except TypeError as e: print(e)
class C:
    pass
c = C(); print(len({c, c, C()}))
class Eq1:
    def __init__(s, v): s.v = v
    def __hash__(s): return 1
    def __eq__(s, o): return s.v % 3 == o.v % 3
print(len({Eq1(i) for i in range(10)}))
print(frozenset({1, 2}) in {frozenset({2, 1})}, {1.0, 1, True})
s = set(); s.add(P(0, 0)); s.update([P(0, 0), P(0, 1)]); print(sorted(s, key=lambda p: p.y))
print(s.issuperset([P(0, 1)]), s.isdisjoint([P(7, 7)]))
fs = frozenset([P(1,1)]); print(hash(fs) == hash(frozenset([P(1,1)])))
