# A StopIteration escaping a generator body becomes a RuntimeError (PEP 479).
def gen():
    yield 1
    next(iter([]))
    yield 2

try:
    print(list(gen()))
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__ is e.__context__)

def gen2():
    yield 1
    raise StopIteration("explicit")

g = gen2()
next(g)
next(g)
