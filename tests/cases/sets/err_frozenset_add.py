f = frozenset([1])
print(f.union([2]))
f.add(2)
