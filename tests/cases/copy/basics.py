import copy

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
a.append("new")
print(a)
print(b)
print(c)
print(b is a, b[1] is a[1], c[1] is a[1])

d = {"x": [1, 2], "y": {"z": (3, [4])}}
d2 = copy.copy(d)
d3 = copy.deepcopy(d)
d["x"].append(3)
d["y"]["z"][1].append(5)
print(d2, d3)

s = {1, 2, (3, 4)}
s2 = copy.copy(s)
s.add(5)
print(sorted(s2, key=str), copy.deepcopy(frozenset({1, 2})) == frozenset({1, 2}))

t = (1, 2, 3)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
t3 = copy.deepcopy(t2)
print(t3, t3 is t2, t3[1] is t2[1])

for v in [None, 5, 2.5, True, "s", b"b", range(3), len, int, print]:
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v)

def f():
    return 1

print(copy.copy(f) is f, copy.deepcopy(f) is f)

# Shared and cyclic structure is copied once.
shared = [1, 2]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc, pc[0] is pc[1], pc[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc, cc[1] is cc, cc is cyc)
dc = {}
dc["self"] = dc
dcc = copy.deepcopy(dc)
print(dcc, dcc["self"] is dcc)

memo = {}
x = [1, 2]
y1 = copy.deepcopy(x, memo)
y2 = copy.deepcopy(x, memo)
print(y1 is y2, id(x) in memo)

print(copy.Error, copy.error is copy.Error, issubclass(copy.Error, Exception))
ba = bytearray(b"abc")
bc = copy.copy(ba)
bc[0] = 65
print(ba, bc, copy.deepcopy(ba))
