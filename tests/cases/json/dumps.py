import json

data = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "ok": True, "none": None,
        "pi": 3.14159, "big": 10**30, "neg": -0.0, "t": (1, 2), "nested": {"a": [], "b": {}}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, [2, [3, []]]], indent=4))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
print(json.dumps("héllo \"wörld\" \\ \n\t\r\b\f \x01 \x7f € 😀"))
print(json.dumps("héllo € 😀", ensure_ascii=False))
print(json.dumps([1e16, 1.5e-7, 0.1, 2.0, 1e300, float("inf"), float("-inf"), float("nan")]))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: "e"}))
print(json.dumps("just a string"), json.dumps(5), json.dumps(None), json.dumps(False))
print(json.dumps({"x": {"y": [1, 2, {"z": None}]}}, indent=3, separators=(", ", " = ")))
print(json.dumps({(1, 2): 3}, skipkeys=True))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps(Point(1, 2), default=lambda o: o.__dict__))
print(json.dumps({"p": [Point(3, 4)]}, default=vars, indent=1))
print(json.dumps({1, 2} and [sorted({3, 1, 2})]))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}}, cls=SetEncoder))
print(SetEncoder(indent=2).encode([{1}]))

for bad in [lambda: json.dumps(Point(1, 2)),
            lambda: json.dumps({(1, 2): 3}),
            lambda: json.dumps([float("nan")], allow_nan=False),
            lambda: json.dumps({"s": {1}}),
            lambda: json.dumps({1: 1, "a": 2}, sort_keys=True),
            lambda: json.dumps([1], [2])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)
shared = [1]
print(json.dumps([shared, shared]))
