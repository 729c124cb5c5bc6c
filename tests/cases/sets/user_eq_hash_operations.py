# set ops with user objects through methods, comprehensions, in-place operators
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"K{self.v}"
def ks(*vs): return [K(v) for v in vs]
a = set(ks(1, 2, 3, 3))
print(len(a), sorted(a, key=lambda k: k.v))
print(sorted(a.union(ks(3, 4)), key=lambda k: k.v))
print(sorted(a.intersection(ks(2, 3, 9)), key=lambda k: k.v))
print(sorted(a.difference(ks(1)), key=lambda k: k.v))
print(sorted(a.symmetric_difference(ks(1, 7)), key=lambda k: k.v))
print(a.issubset(ks(1, 2, 3, 4)), a.issuperset(ks(1)), a.isdisjoint(ks(8)))
b = set(ks(1, 2, 3)); b |= set(ks(5)); b -= set(ks(1)); b &= set(ks(2, 5)); b ^= set(ks(2, 6))
print(sorted(b, key=lambda k: k.v))
c = {K(i % 3) for i in range(9)}
print(len(c))
d = set(); d.update(ks(1, 1), ks(1, 2)); print(len(d))
print({K(1), K(2)} == {K(2), K(1)}, {K(1)} < {K(1), K(2)}, {K(1)} != {K(1)})
print(frozenset(ks(1, 2)) == frozenset(ks(2, 1)), K(1) in frozenset(ks(1)))
words = {w.lower() for w in "The the THE cat Cat".split()}
print(sorted(words))
x = set(ks(1, 2)); x.intersection_update(ks(2)); x.difference_update(ks(9)); print(x)
print(set(ks(4, 4)) | set(ks(4)), set(ks(1, 2)) & {K(2)}, set(ks(1, 2)) - {K(2)})
