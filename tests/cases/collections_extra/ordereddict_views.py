# OrderedDict views are odict_keys/odict_values/odict_items, live and set-like.
import collections, sys
o = collections.OrderedDict(a=1, b=2)
print(o.keys(), o.values(), o.items(), type(o.keys()).__name__)
print(isinstance(o.keys(), type({}.keys())))
k = o.keys(); o['c'] = 3; print(k, len(k), 'a' in k, list(k), k == {'a', 'b', 'c'})
print(collections.defaultdict(int).keys(), collections.Counter('ab').items())
print({1: 2}.keys())
