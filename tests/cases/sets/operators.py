a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(frozenset(a) | b, a | frozenset(b))
print(type(frozenset(a) & b).__name__, type(a & frozenset(b)).__name__)
print(a | a, a & a, a - a, a ^ a)
print({1} | set() | {2})
