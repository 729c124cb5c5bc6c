# list, tuple and dict methods given the wrong arguments, in CPython's words.
from collections import OrderedDict

for label, f in [
    ("[].insert(1)", lambda: [].insert(1)),
    ("[].insert(1, 2, 3)", lambda: [].insert(1, 2, 3)),
    ("[].count()", lambda: [].count()),
    ("[].count(1, 2)", lambda: [].count(1, 2)),
    ("(1, 2).count()", lambda: (1, 2).count()),
    ("{}.items(1)", lambda: {}.items(1)),
    ("{}.keys(x=1)", lambda: {}.keys(x=1)),
    ("{}.values(1, 2)", lambda: {}.values(1, 2)),
]:
    try:
        print(label, "=>", f())
    except TypeError as e:
        print(label, "|", e)
d = {"a": 1}
print(d.keys(), d.values(), d.items(), OrderedDict(d).items(), [3, 1, 3].count(3), (1, 1).count(1))
