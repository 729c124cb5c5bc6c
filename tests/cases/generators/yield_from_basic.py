# `yield from` passes values through both ways and evaluates to the return value.
def sub():
    x = yield 1
    print("sub got", x)
    y = yield 2
    print("sub got", y)
    return "sub result"

def outer():
    r = yield from sub()
    print("outer got", r)
    yield from [10, 20]
    yield from "ab"
    r2 = yield from range(2)
    print("r2", r2)
    return "outer done"

g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(list(g))
g = outer()
next(g)
g.send(None)
g.send(None)
for _ in range(6):
    next(g)
try:
    next(g)
except StopIteration as e:
    print("outer returned", e.value)
