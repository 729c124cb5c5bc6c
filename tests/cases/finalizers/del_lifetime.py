# __del__ runs when the last reference goes: del, rebinding, the end of a function,
# removal from a container, a temporary; at exit for what the globals still hold.
import atexit
class A:
    def __init__(self, n):
        self.n = n
        print("init", n)
    def __del__(self):
        print("del", self.n)
atexit.register(lambda: print("atexit"))
x = A("x")
del x
print("after del")
y = A("y")
y = A("y2")
print("after rebind")
def f():
    z = A("z")
    print("in f")
f()
print("after f")
lst = [A("l1"), A("l2")]
lst.pop()
print("popped")
lst = None
print("cleared")
_private = A("_p")
b = A("b")
a = A("a")
d = {"k": A("dv")}
class B(A):
    pass
bb = B("sub")
def g():
    return A("temp")
g()
print("temp done")
A("expr")
print("expr done")
import sys
print(a.n)
print("end")
