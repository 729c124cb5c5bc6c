import sys
def a(n):
    if n == 0:
        raise ValueError("deep")
    return a(n - 1)
try:
    a(5)
except ValueError:
    import traceback
    print(len(traceback.format_exc().splitlines()))
sys.tracebacklimit = 3
def outer(): middle()
def middle(): inner()
def inner(): raise KeyError("k")
try:
    outer()
except KeyError as e:
    sys.excepthook(type(e), e, e.__traceback__)
sys.tracebacklimit = 0
try:
    outer()
except KeyError as e:
    sys.excepthook(type(e), e, e.__traceback__)
del sys.tracebacklimit
sys.setrecursionlimit(1300)
def m1(n): return m2(n)
def m2(n): return m1(n + 1)
m1(0)
