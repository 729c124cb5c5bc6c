# A generator cannot be resumed from inside itself.
def gen():
    print("running:", g.gi_running)
    yield next(g)

g = gen()
print("before:", g.gi_running)
try:
    next(g)
except ValueError as e:
    print(e)
print("after:", g.gi_running)
print(list(g))
