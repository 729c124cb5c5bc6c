import collections
import pprint
from pprint import pformat, pp

data = {
    "name": "gilpy",
    "versions": [1, 2, 3],
    "nested": {"b": [10, 20, {"deep": ("x", "y")}], "a": None},
    "long": list(range(40)),
    "text": "the quick brown fox jumps over the lazy dog " * 3,
    "tuple": (1,),
    "empty": {},
    "set": {3, 1, 2},
    "frozen": frozenset({20, 10}),
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, compact=True)
pprint.pprint(list(range(60)), compact=True)
pprint.pprint(list(range(30)))
pp({"z": 1, "a": 2, "m": [1, 2]})
pprint.pprint({"z": 1, "a": 2}, sort_dicts=False)
print(pformat({"small": 1}), pformat([1, 2]), pformat("s"), pformat(5))
print(pformat([["a" * 30, "b" * 30], ["c" * 30]]))
print(pformat(("t" * 50, "u" * 40)))
print(pformat({1: "a", "b": 2, (1, 2): [3]}))
pprint.pprint("word " * 30)
pprint.pprint(["line one\nline two " * 5])
rec = [1, 2]
rec.append(rec)
print(pformat(rec).replace(str(id(rec)), "ID"))
print(pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable([1, "a"]))
print(pprint.saferepr({"b": 1, "a": [2, 3]}))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


pprint.pprint([Point(i, i * i) for i in range(12)])
pprint.pprint(collections.Counter("mississippi"))


class MyList(list):
    pass


pprint.pprint(MyList(range(30)))
pprint.pprint({"key%02d" % i: i * 1000 for i in range(12)}, width=50)
pprint.pprint(123456789, underscore_numbers=True)
pprint.pprint([[], (), {}, set(), ""])
