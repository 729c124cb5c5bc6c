import weakref
import sys


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"


def report(r):
    print("callback: referent gone, ref() is", r())


a = Node("a")
r1 = weakref.ref(a, report)
r2 = weakref.ref(a)
print(r1() is a, r1.__callback__ is report, r2.__callback__)
del a
print("after del a")

b = Node("b")
refs = [weakref.ref(b, lambda r, i=i: print("lambda", i)) for i in range(3)]
b = None
print("after b = None")

# A reference that dies first never calls back.
c = Node("c")
r = weakref.ref(c, report)
del r
del c
print("no callback for a dead reference")


class Bad:
    def __call__(self, r):
        raise ValueError("callback failed")

    def __repr__(self):
        return "Bad()"


bad = Bad()


d = Node("d")
rd = weakref.ref(d, bad)
del d
print("after bad callback")

# finalize
e = Node("e")
f = weakref.finalize(e, print, "finalizing", "e", sep="-")
print(f.alive, f.atexit, f.peek()[1:], type(f).__name__)
del e
print("alive now:", f.alive, f(), f.detach(), f.peek())

g = Node("g")
fg = weakref.finalize(g, lambda: "result")
print(fg(), fg.alive, fg(), fg.detach())

h = Node("h")
fh = weakref.finalize(h, print, "never")
obj, func, args, kwargs = fh.detach()
print(obj, func is print, args, kwargs, fh.alive)
del h, obj
print("detached: no call")


class Resource:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, Resource.cleanup, name)

    @staticmethod
    def cleanup(name):
        print("cleanup", name)

    def close(self):
        self._finalizer()


r = Resource("file1")
r.close()
r.close()
del r
r2 = Resource("file2")
del r2
print("resources done")

# Still alive at exit: atexit runs them, newest first.
keep1 = Node("k1")
keep2 = Node("k2")
weakref.finalize(keep1, print, "exit k1")
weakref.finalize(keep2, print, "exit k2")
quiet = Node("q")
fq = weakref.finalize(quiet, print, "exit q")
fq.atexit = False
print(fq.atexit)


class WithDel:
    def __del__(self):
        print("__del__ runs")


w = WithDel()
rw = weakref.ref(w, lambda r: print("callback after __del__"))
del w
print("end of main")
