# Subclasses of dict: __missing__, overridden __setitem__ delegating through super().
class Zero(dict):
    def __missing__(self, key):
        return 0


z = Zero(a=1)
z["b"] += 5
print(z, z["zz"], "zz" in z, len(z), isinstance(z, dict))


class Upper(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key.upper(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.upper())


u = Upper()
u["x"] = 1
u["y"] = 2
print(u, u["x"], dict.__getitem__(u, "X"), list(u.items()), u.get("X"))
del u["X"]
print(u, dict(u), {**u})


class AttrDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.created = True

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)


a = AttrDict({"k": 1}, v=2)
print(a, a.k, a.v, a.created, sorted(a), a == {"k": 1, "v": 2})
try:
    a.nope
except AttributeError as e:
    print("AttributeError", e)


class Plain(dict):
    pass


p = Plain([("a", 1)])
print(p, repr(p), p.keys(), type(p).__name__)
try:
    p["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    Plain(1, 2)
except TypeError as e:
    print(e)
