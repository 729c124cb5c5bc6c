def f(a, b=2, c=3): return (a, b, c)
print(f(1), f(1, 5), f(1, c=9), f(a=0), f(1, 2, 3), f(c=1, b=2, a=3), f(1, b=7, c=8))
class K:
    def m(self, x, y=10): return (self.__class__.__name__, x, y)
    @classmethod
    def cm(cls, v=1): return (cls.__name__, v)
    @staticmethod
    def sm(a, b=0): return a + b
k = K()
print(k.m(1), k.m(1, 2), k.m(x=3), k.m(1, y=4), K.cm(), K.cm(v=5), k.sm(1), K.sm(1, b=2))
for bad in (lambda: f(), lambda: f(1, a=2), lambda: f(1, d=4), lambda: f(1,2,3,4), lambda: k.m(), lambda: k.m(1, x=2), lambda: k.m(1, 2, 3)):
    try:
        bad()
    except TypeError as e:
        print(e)
def g(a, /, b): return a, b
print(g(1, b=2))
try:
    g(a=1, b=2)
except TypeError as e:
    print(e)
def rec(n, acc=0):
    return acc if n == 0 else rec(n - 1, acc=acc + n)
print(rec(500))
