# A generator runs only when advanced, and resumes where it left off.
def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")

g = gen()
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, repr(e.value))
try:
    next(g)
except StopIteration as e:
    print("again", e.args)
print(next(g, "default"))
