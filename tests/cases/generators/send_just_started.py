# A just-started generator only accepts None.
def gen():
    x = yield 1
    print("got", x)
    yield 2

g = gen()
try:
    g.send(42)
except TypeError as e:
    print(e)
print(g.send(None))
print(g.send("hello"))
g2 = gen()
g2.send("oops")
