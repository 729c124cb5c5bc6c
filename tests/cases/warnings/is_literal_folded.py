x = 5
print(x is -1)
print(x is not -1)
print(x is (1+2))
print(x is ())
print(x is (1,))
print(x is -1.5)
print(x is "a" "b")
print(x is not None)
print(x is ...)
print(x is True)
print(-1 is x)
print(x is not b"x")
print(x is 1j)
print(x is -(1))
print(x is ~1)
print(x is 2**3)
print(x is [])
print(x is {})
def f(x):
    a = (1+2)[0] if x else 0
    b = "abc"[1]["x"] if x else 0
    c = (1, 2)[0][1] if x else 0
    d = ("a" * 3)[0.5] if x else 0
    e = (-1)(2) if x else 0
    g = x is 10**40
    h = x is 2**200
    i = x is "ab" * 3
    j = x is "x" * 5000
    k = x is (1, 2) * 100
    l = x is 1 << 200
    m = x is 1 // 0
    n = x is "%s" % 1
    o = x is not 1+2j
    p = x is not -2j
    q = x is (not 1)
    r = x is b"a"[0]
    s = x is "abc"[5]
    t = x is (1,)[-1]
    u = x is ~True
    v = x is 3.5 % 0
    w = x is 2 ** -1
    return a
print(f(0))
