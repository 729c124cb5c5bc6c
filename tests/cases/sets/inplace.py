a = {1, 2, 3}
alias = a
a |= {4, 5}
print(a, alias is a)
a &= {1, 2, 4, 9}
print(a)
a -= {1}
print(a)
a ^= {4, 7}
print(a, alias)
f = frozenset([1])
g = f
f |= {2}
print(f, g, f is g)
a |= a
print(a)
