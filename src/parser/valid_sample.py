x = yield
f = lambda *, a: a
f(*a, *b, **c, d=1)
print(*a, sep='')
a[...]
x = 1 if y else 2
del (a), [b]
with open(x) as f, open(y) as g: pass
g = (a for b in c if d)
not not x
a = b, = c
f"{f'{x}'}"
f"{x:{y}}"
f"{'a' if x else 'b'}"
f"{a['k']!r:>10}"
f"{x:%Y-%m-%d}"
rf"\n{x}\d"
f"""{
x
}"""
x = [i for i in range(3) if (j := i)]
if (n := len(a)) > 10: pass
a = -1 ** -2
a[1:2:3, ::, :]
print(end='')
class A(B, **kw): pass
def f(a, b: int = 1, *, c: 'x' = 2, **k: int) -> None: pass
x = *a, *b
for x, in y: pass
return_value = not x in y
x = a if b else lambda: c
@property
def f(): pass
@a.b(c)[d]
def f(): pass
x = {**a, 'b': 1}
x = {*a, *b}
try:
    pass
except E:
    pass
