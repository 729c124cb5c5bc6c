x: int = 5
y: "str"
print(__annotations__)
class P:
    a: int
    b: list = []
    if True:
        c: float = 1.0
    def f(self):
        z: int = 3
        return z
print(P.__annotations__, P.b, P.c, P().f())
class Q:
    pass
class R(P):
    d: str = "x"
print(R.__annotations__)
for i in range(2):
    k: int = i
print(__annotations__)
try:
    class S:
        m: undefined_name
except NameError as e:
    print("NameError:", e)
class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class T:
    t: "forward"
    try:
        u: int = 1
    finally:
        pass
    with Quiet():
        w: str
print(T.__annotations__)
def f():
    local: undefined_too = 1
    return local
print(f())
