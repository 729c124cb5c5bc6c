# A function's __closure__ lists its cells in CPython's order (by name).
def outer():
    zeta = 1
    alpha = 2
    mid = 3
    def inner():
        return zeta + alpha + mid
    return inner
f = outer()
print([c.cell_contents for c in f.__closure__])
print(f())
def counter():
    b_count = 0
    a_step = 2
    def inc():
        nonlocal b_count
        b_count += a_step
        return b_count
    return inc
c = counter()
print(c(), c(), [x.cell_contents for x in c.__closure__])
def args_cells(y, x):
    def g():
        return x, y
    return g
g = args_cells(1, 2)
print(g(), [x.cell_contents for x in g.__closure__])
class K:
    def m(self):
        return __class__
    def n(self):
        zz = 1
        def h():
            return zz, __class__
        return h
print(K().m().__name__, K().n()(), [x.cell_contents for x in K().n().__closure__])
def deep():
    b = "b"
    a = "a"
    def middle():
        c = "c"
        def leaf():
            return a, b, c
        return leaf
    return middle()
print([x.cell_contents for x in deep().__closure__], deep()())
