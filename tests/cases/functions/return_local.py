# `return x` of a local: the value outlives the frame, in every kind of frame.


class Box:
    def __init__(self, v):
        self.v = v

    def same(self):
        return self

    def grow(self, k):
        self.v += k
        return self


def make(n):
    items = [Box(i) for i in range(n)]
    result = items
    return result


def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total


def finally_return():
    x = [1, 2]
    try:
        return x
    finally:
        x.append(3)


def unbound(flag):
    if flag:
        y = 1
    return y


b = Box(1)
print(b.same().grow(2).grow(3).v, b.same() is b)
boxes = make(3)
print([x.v for x in boxes])
g = gen(4)
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
it = gen(3)
try:
    while True:
        next(it)
except StopIteration as e:
    print("returned", e.value)
print(finally_return())
print(unbound(True))
print((lambda z: z)("lam"))
try:
    unbound(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
unbound(False)
