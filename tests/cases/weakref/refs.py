import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"


n = Node("a")
r = weakref.ref(n)
print(r() is n, r(), type(r).__name__, isinstance(r, weakref.ref))
alias = n
del n
print(r())
del alias
print(r())

a, b = Node("x"), Node("x")
ra, ra2, rb = weakref.ref(a), weakref.ref(a), weakref.ref(b)
print(ra == ra2, ra == rb)


def f():
    return 42


rf = weakref.ref(f)
print(rf()())
rc = weakref.ref(Node)
print(rc() is Node)


class Cache:
    def __init__(self):
        self.items = weakref.WeakValueDictionary()


c = Cache()
k1, k2 = Node("k1"), Node("k2")
c.items["one"] = k1
c.items["two"] = k2
print(len(c.items), sorted(c.items.keys()), "one" in c.items, c.items["one"])
del k1
print(len(c.items), list(c.items), "one" in c.items, c.items.get("one", "gone"))
try:
    c.items["one"]
except KeyError as e:
    print("KeyError:", e)

owner = Node("owner")
meta = weakref.WeakKeyDictionary()
meta[owner] = {"size": 3}
print(meta[owner], owner in meta, len(meta))
del owner
print(len(meta), list(meta.items()))

ws = weakref.WeakSet()
m1, m2 = Node("m1"), Node("m2")
ws.add(m1)
ws.add(m2)
ws.add(m1)
print(len(ws), m1 in ws, sorted(x.name for x in ws))
del m2
print(len(ws), [x.name for x in ws])

for bad in (1, "s", [1], {}, (1,), None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    weakref.ref()
except TypeError as e:
    print("TypeError:", e)
try:
    r(1)
except TypeError as e:
    print("TypeError:", e)


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


k = Key(1)
wk = weakref.WeakKeyDictionary({k: "first"})
print(wk[Key(1)], Key(1) in wk, Key(2) in wk, wk.get(Key(2), "none"))
wk[Key(1)] = "second"
print(wk[k], len(wk), wk.pop(k), len(wk))
