# dict.fromkeys is a class method: subclasses get their own type back, built through
# their __init__ and __setitem__, and instances can call it too.
from collections import OrderedDict, defaultdict


class Loud(dict):
    def __init__(self):
        print("Loud.__init__")
        super().__init__()

    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


d = Loud.fromkeys("ab", 0)
print(type(d).__name__, d)
print({}.fromkeys([1, 2]))
print({"x": 1}.fromkeys("yz", "v"))
print(OrderedDict.fromkeys("ba"))
print(type(OrderedDict.fromkeys("q")).__name__)
print(dict.fromkeys(range(3), 0), dict.fromkeys([]), dict.fromkeys((1, 1.0, True, 2), "v"))
shared = dict.fromkeys(["x", "y"], [])
shared["x"].append(1)
print(shared)
for args in [(), ("a", 1, 2), (1,), ([[1]],)]:
    try:
        dict.fromkeys(*args)
    except TypeError as e:
        print("TypeError:", e)
