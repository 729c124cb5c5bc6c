def f(): pass
f.calls = 3
f.__doc__ = "hi"
print(f.calls, f.__doc__, f.__dict__)
import functools
def g():
    "g doc"
@functools.wraps(g)
def w(): pass
print(w.__doc__, w.__name__, w.__wrapped__ is g)
