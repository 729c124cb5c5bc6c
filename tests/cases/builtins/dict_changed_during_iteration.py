# Adding or removing dict keys while iterating over the dict or a view is an error;
# replacing values is not. Set operators on views iterate in CPython's order.
d = {"a": 1, "b": 2}
try:
    for k in d:
        d[k + "x"] = 1
except RuntimeError as e:
    print(e, d)
try:
    for k, v in d.items():
        del d[k]
except RuntimeError as e:
    print(e, d)
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print(e, d)
d = {"a": 1, "b": 2}
for k in d:
    d[k] *= 10
print(d)
it = iter(d)
print(next(it))
d["q"] = 1
try:
    next(it)
except RuntimeError as e:
    print(e)
for k in list(d):
    d[k + "!"] = 0
print(d)
words = {w: len(w) for w in "the quick brown fox jumps over the lazy dog".split()}
print(words.keys() - {"the"}, words.keys() | {"cat"}, words.keys() ^ {"fox", "cat"})
print(words.keys() & {"fox", "dog", "cow"}, {"dog", "cat"} & words.keys())
