# `return v` ends the generator with StopIteration(v).
def gen(x):
    yield x
    return x * 10

g = gen(4)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)

def ret_none():
    yield 1
    return None

r = ret_none()
next(r)
try:
    next(r)
except StopIteration as e:
    print(repr(e.value), e.args)

def empty():
    return 5
    yield

try:
    next(empty())
except StopIteration as e:
    print("empty", e.value)
print(list(gen(3)))
