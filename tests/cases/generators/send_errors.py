# Wrong arguments to the generator methods.
def gen():
    yield 1

g = gen()
try:
    g.send()
except TypeError as e:
    print(e)
try:
    g.send(1, 2)
except TypeError as e:
    print(e)
try:
    g.throw()
except TypeError as e:
    print(e)
try:
    g.throw(ValueError("x"), 1)
except TypeError as e:
    print(e)
try:
    g.close(1)
except TypeError as e:
    print(e)
try:
    next(g, 1, 2)
except TypeError as e:
    print(e)
print(next(g))
