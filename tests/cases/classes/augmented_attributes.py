class P:
    def __init__(self):
        self.n = 1
        self.items = []
    def bump(self, k):
        self.n += k
        self.n *= 2
        self.items += [k]
        return self.n
    def walrus(self, other):
        self.n += (self := other).n
        return self
def f():
    p = P()
    print(p.bump(3), p.items)
    q = P(); q.n = 100
    r = p.walrus(q)
    print(p.n, q.n, r is q)
    try:
        del p
        p.n += 1
    except UnboundLocalError as e:
        print(e)
    class S:
        __slots__ = ('a',)
    s = S()
    try:
        s.a += 1
    except AttributeError as e:
        print(e)
f()
