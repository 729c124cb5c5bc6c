class A:
    x = 1
    def m(self): pass
class S:
    __slots__ = ("p",)
class T(S):
    pass
class U(A):
    __slots__ = ()
class E(Exception):
    pass
a = A(); a.y = 2
print(dir(a))
print(dir(object()))
print(dir(A))
print(dir(S()))
print(dir(T()))
print(dir(U()))
print([n for n in dir(E()) if n.startswith("__") and n in ("__dict__", "__weakref__", "__class__", "__module__")])
print([n for n in dir([]) if not n.startswith('_')])
print("__class__" in dir(1), "__format__" in dir("x"))
