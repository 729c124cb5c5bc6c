x = 10
print(eval("x + 1"))
exec("y = x * 2")
print(y)
g = {"a": 1}
exec("b = a + 1\ndef f(): return a + b\nc = f()", g)
print(sorted(k for k in g if k != "__builtins__"), g["c"])
l = {}
exec("z = 5\nw = z + 1", g, l)
print(l, "z" in g)
print(eval("a + z", g, l))
code = compile("for i in range(3): print(i, end=' ')", "<string>", "exec")
exec(code); print()
e = compile("3 * 7", "<expr>", "eval")
print(eval(e))
s = compile("1 + 1", "<s>", "single")
exec(s)
def f(p, q=2):
    r = p + q
    d = locals()
    return d
print(f(1))
def outer():
    v = 1
    def inner():
        return locals()
    def inner2():
        return v, locals()
    return inner(), inner2()
print(outer())
print(globals()["x"], "f" in globals())
class C:
    a = 1
    b = sorted(locals().keys())
print(C.b)
print(sorted(vars().keys())[:5] == sorted(globals().keys())[:5])
def k():
    m = 3
    return dir()
print(k())
def ev():
    n = 4
    return eval("n * 2")
print(ev())
try:
    exec("1 +")
except SyntaxError as err:
    print("caught", err, err.msg, err.lineno, err.offset, repr(err.text))
try:
    eval("x = 1")
except SyntaxError as err:
    print("caught", err)
try:
    exec("def g():\n    return 1/0\ng()")
except ZeroDivisionError as err:
    print("zde", err)
print(eval("[i*i for i in range(4)]"))
print(eval("(lambda q: q + x)(5)"))
exec("import math\nprint(math.sqrt(16))")
print(type(compile("1", "f", "eval")).__name__)
