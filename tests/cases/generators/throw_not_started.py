# throw() into a generator that never ran: nothing in it runs, it finishes.
def gen():
    print("never printed")
    yield 1

g = gen()
try:
    g.throw(IndexError("early"))
except IndexError as e:
    print("raised", e)
print(list(g))
try:
    g.throw(5)
except TypeError as e:
    print(e)
