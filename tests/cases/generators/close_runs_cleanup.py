# close() and dropping a suspended generator run its finally blocks and __exit__s.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, kind, exc, tb):
        print("close", self.name, kind.__name__ if kind else None)
        return False

def reader(name, n):
    with Resource(name):
        for i in range(n):
            yield f"{name}:{i}"

def first(it):
    for x in it:
        return x

print(first(reader("a", 3)))
print("next statement")
r = reader("b", 5)
print(next(r), next(r))
r.close()
print("closed b", list(r))

def nested():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
n = nested()
next(n)
n = 42
print("rebound n")

def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally after GeneratorExit")
c = catcher()
next(c)
c.close()
c.close()
print("closed twice")

def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_in_finally():
    try:
        yield 1
    finally:
        return "value"
g = returns_in_finally()
next(g)
print(g.close())

def delegating():
    try:
        yield from reader("c", 3)
    finally:
        print("delegator finally")
d = delegating()
print(next(d))
d.close()
print("done")
left = reader("leftover", 2)
next(left)
