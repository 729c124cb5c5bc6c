import threading
loc = threading.local()
loc.x = 1
def f():
    print(hasattr(loc, "x"))
    loc.x = 2
    print("in thread", loc.x)
t = threading.Thread(target=f); t.start(); t.join()
print(loc.x, type(loc).__name__)
del loc.x
print(hasattr(loc, "x"))
try:
    threading.local(1)
except TypeError as e:
    print(e)
