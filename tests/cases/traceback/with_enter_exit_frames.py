# The frames of __enter__ and __exit__ point at the with statement as a whole, so
# CPython marks no part of it.
import traceback
class CM:
    def __init__(self, where): self.where = where
    def __enter__(self):
        if self.where == "enter": raise KeyError("enter")
        return self
    def __exit__(self, *a):
        if self.where == "exit": raise KeyError("exit")
def f(where, inner=False):
    with CM(where) as c, CM("no"):
        if inner: raise ValueError
for args in [("enter",), ("exit",), ("exit", True)]:
    try:
        f(*args)
    except Exception:
        traceback.print_exc()
def g():
    with CM("exit"): pass
try:
    g()
except Exception:
    traceback.print_exc()
class Bad: pass
def h():
    with Bad(): pass
try:
    h()
except Exception:
    traceback.print_exc()
