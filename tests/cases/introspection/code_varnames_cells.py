# co_varnames lists parameters and plain locals; a variable that only lives in a cell is in co_cellvars alone.
def g():
    a = 1
    def h(): return a
    b = 2
    return h
def p(x, *args, y, **kw):
    z = 1
    w = 2
    return lambda: (x, kw, w)
def gen():
    q = yield
    def inner(): return q
class C:
    def m(self):
        return __class__
for f in [g, p, gen, C.m, g().__code__ and g, lambda a, b=1: a]:
    c = f.__code__
    print(c.co_name, c.co_varnames, c.co_cellvars, c.co_freevars, c.co_nlocals, c.co_argcount)
print(g().__code__.co_freevars, g().__code__.co_varnames)
