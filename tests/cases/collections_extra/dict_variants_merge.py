# OrderedDict and defaultdict merge with | and |= and keep their type (and factory).
from collections import OrderedDict, defaultdict, Counter
od = OrderedDict(a=1, b=2)
print(od | {"c": 3, "a": 0}, {"z": 9, "a": 5} | od, od | OrderedDict(q=1))
od |= {"d": 4}
od |= [("e", 5)]
print(od, type(od | {}).__name__)
dd = defaultdict(list, x=[1])
merged = dd | {"y": [2]}
print(merged, merged.default_factory, type({"k": []} | dd).__name__, ({"k": []} | dd)["new"])
dd |= {"z": []}
print(sorted(dd))
print(Counter(a=2) | Counter(a=1, b=1))
c = Counter(a=1)
c |= Counter(a=3)
print(c)
