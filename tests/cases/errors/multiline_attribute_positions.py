import traceback
class O:
    pass
def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc()
def a():
    return (O()
        .missing)
def b():
    o = O()
    (o
     .x) = 1
    del (o
     .y)
def c():
    return (O()
            .meth(*[1]))
def d():
    return O().method(1,
        2)
def e():
    return (O()
        .a.b)
def g():
    return len(O()
        .h)
for f in (a, b, c, d, e, g):
    show(f)
class B:
    def add(self, x):
        return self
    def build(self):
        raise ValueError("cannot build")
def run():
    return (B()
        .add(1)
        .add(2)
        .build())
show(run)
x = B()
x.add(
    1).build()
