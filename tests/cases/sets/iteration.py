s = {10, 20, 30}
it = iter(s)
print(type(it).__name__, next(it), list(it))
print(sorted(s), len(list(frozenset('aab'))), sum({1, 2, 3}), max({4, 9, 2}))
print(list(enumerate({5, 6})), tuple({7}))
print(1 in frozenset([1]), [1] in [{1}], 'a' not in set())
