# Module-level functions, classes and their instances travel by name.
import multiprocessing as mp

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

def triple(n):
    return 3 * n

def child(conn):
    pt, fn, cls, exc = conn.recv()
    conn.send((pt.norm2(), fn(7), cls.__name__, repr(exc), isinstance(pt, Point)))

a, b = mp.Pipe()
p = mp.Process(target=child, args=(b,))
p.start()
a.send((Point(3, 4), triple, Point, KeyError("missing")))
print(a.recv())
p.join()
