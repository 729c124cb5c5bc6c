# An exception thrown in and not handled propagates out through the generator frame.
def gen():
    yield 1
    yield 2

g = gen()
next(g)
g.throw(ValueError("from outside"))
