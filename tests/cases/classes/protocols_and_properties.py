class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273.15: raise ValueError("below absolute zero")
        self._c = v
    @c.deleter
    def c(self):
        print("deleting"); del self._c
    @property
    def f(self): return self._c * 9 / 5 + 32
t = Temp(100)
print(t.c, t.f); t.c = 0; print(t.f)
try: t.c = -300
except ValueError as e: print(e)
del t.c
print(hasattr(t, "_c"))
class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i * i
print(list(Seq(4)), 9 in Seq(4), 5 in Seq(4))
class It:
    def __init__(self): self.data = [1, 2, 3]
    def __iter__(self):
        for d in self.data: yield d * 10
print(list(It()), 20 in It(), sum(It()), sorted(It(), reverse=True))
class Money:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if isinstance(o, Money): return Money(self.v + o.v)
        return NotImplemented
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __repr__(self): return f"Money({self.v})"
    def __lt__(self, o): return self.v < o.v
print(sum([Money(1), Money(2)]), Money(1) + Money(5), sorted([Money(3), Money(1)]), min(Money(3), Money(2)))
try: Money(1) + 1
except TypeError as e: print(e)
try: Money(1) > Money(2)
except TypeError as e: print(e)
try: Money(1) <= Money(2)
except TypeError as e: print(e)
class Fn:
    def __init__(self): self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return a, k
f = Fn(); print(f(1, x=2), f.calls, callable(f), callable(1))
class Empty:
    def __len__(self): return 0
print(bool(Empty()), len(Empty()), not Empty())
class Bad:
    def __len__(self): return -1
try: len(Bad())
except ValueError as e: print(e)
class Node:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
    def __iter__(self):
        n = self
        while n: yield n.v; n = n.nxt
    def __str__(self): return " -> ".join(map(str, self))
print(Node(1, Node(2, Node(3))))
class A:
    x = []
    def add(self, v): self.x.append(v)
a1, a2 = A(), A(); a1.add(1); a2.add(2); print(A.x, a1.x is a2.x)
class Cnt:
    total = 0
    def __init__(self): Cnt.total += 1; self.id = Cnt.total
print([Cnt().id for _ in range(3)], Cnt.total)
class P:
    def __str__(self): return "str-P"
    def __repr__(self): return "repr-P"
print(P(), [P()], str(P()), repr(P()), f"{P()} {P()!r}", "%s %r" % (P(), P()))
class Base:
    def hello(self): return f"hello from {type(self).__name__}"
class Mid1(Base): pass
class Mid2(Base):
    def hello(self): return "mid2 " + super().hello()
class Leaf(Mid1, Mid2): pass
print(Leaf().hello(), [c.__name__ for c in Leaf.__mro__])
print(isinstance(Leaf(), (int, Base)), issubclass(Leaf, Mid2), type(Leaf()) is Leaf)
try:
    class X(Mid1, Base, Mid2): pass
except TypeError as e:
    print(e)
class WithSlots:
    def __init__(self): self.a = 1
w = WithSlots(); w.b = 2; print(sorted(vars(w).items()), getattr(w, "a"))
setattr(w, "c", 3); delattr(w, "a"); print(vars(w))
try: delattr(w, "zz")
except AttributeError as e: print(e)
class Meta:
    def __eq__(self, o): return True
print(Meta() == 1, Meta() != 1, [Meta()] == [2], Meta() in [5])
print(object().__class__.__name__, type(None).__name__, type(print).__name__, type(len).__name__)
