# The first iterable is evaluated at once in the enclosing scope; the rest lazily.
def source(tag):
    print("evaluating", tag)
    return range(2)

g = (x for x in source("first"))
print("created")
print(list(g))
h = ((x, y) for x in source("outer") for y in source("inner"))
print("created h")
print(list(h))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("at creation:", e)
def closure():
    n = 10
    gen = (i + n for i in range(3))
    n = 20
    return list(gen)
print(closure())
class C:
    values = [1, 2, 3]
    total = sum(v for v in values)
print(C.total)
