import threading
class MyLocal(threading.local):
    def __init__(self, x):
        self.x = x
        self.items = []

data = MyLocal(5)
data.items.append("main")
def worker(n):
    data.items.append(n)
    data.x += n
    print("worker", n, data.x, data.items)
ts = [threading.Thread(target=worker, args=(i,)) for i in (1, 2)]
for t in ts:
    t.start()
    t.join()
print("main", data.x, data.items, isinstance(data, threading.local), type(data).__name__)
plain = threading.local()
plain.v = 1
def w2():
    print(hasattr(plain, "v"))
t = threading.Thread(target=w2); t.start(); t.join()
try:
    threading.local(1)
except TypeError as e:
    print(e)


class Defaults(threading.local):
    color = "red"

    def __init__(self, size=1, **extra):
        self.size = size
        self.extra = extra


d = Defaults(3, mode="x")
d.color = "blue"
seen = []
t = threading.Thread(target=lambda: seen.append((d.color, d.size, d.extra)))
t.start()
t.join()
print(seen, d.color, d.size)
