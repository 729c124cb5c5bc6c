# An exception thrown into a delegating generator and not handled anywhere.
def inner():
    yield 1

def outer():
    yield from inner()

g = outer()
next(g)
g.throw(KeyError("x"))
