class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and self.x == o.x
try:
    {P(1): 1}
except TypeError as e:
    print(e)
try:
    hash(P(1))
except TypeError as e:
    print(e)
class Q(P):
    def __hash__(self): return hash(self.x)
d = {Q(1): 'a', Q(2): 'b'}
d[Q(1)] = 'c'
print(len(d), d[Q(1)], Q(2) in d, Q(3) in d, d.get(Q(2)))
print({(Q(1), 2): 5}[(Q(1), 2)])
class H:
    def __hash__(self): return 1
    def __eq__(self, o): return self is o
a, b = H(), H()
d = {a: 1, b: 2}
print(len(d), d[a], d[b])
class Bad:
    def __hash__(self): return "x"
try:
    hash(Bad())
except TypeError as e:
    print(e)
print(hash(Q(5)) == hash(5))
class N:
    pass
n = N()
print({n: 1}[n], hash(n) == hash(n))
class D:
    """Doc of D."""
    def m(self):
        """Doc of m."""
    def n(self): pass
print(D.__doc__, D.m.__doc__, D().m.__doc__, D.n.__doc__)
