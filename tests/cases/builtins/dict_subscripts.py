# d[k] and d[k] = v for plain dicts, dict subclasses and keys equal across types.
d = {1: "one", "a": "A", 2.5: "f", (1, 2): "t"}
print(d[1], d[1.0], d[True], d["a"], d[2.5], d[(1, 2)])
d[True] = "true"
d[1.0] = "float one"
d["a"] = "AA"
d[3] = [3]
print(d)
for k in ("b", 7, 2.0, (2, 1)):
    try:
        d[k]
    except KeyError as e:
        print("KeyError", repr(e))
try:
    d[[1]] = 2
except TypeError as e:
    print(e)


class Default(dict):
    def __missing__(self, key):
        return f"missing {key!r}"


class Logged(dict):
    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value * 2)


dd = Default(x=1)
print(dd["x"], dd["y"], dd[5])
lg = Logged()
lg["k"] = 10
lg[1] = 2
print(lg["k"], lg[1], dict(lg))


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        print("eq called")
        return self.n == (other.n if isinstance(other, Key) else other)


m = {Key(1): "key one"}
print(m[1])
m[1] = "replaced"
print(len(m), list(m.values()))
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
