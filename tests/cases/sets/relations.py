a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b >= a, b > a, a < a, a <= a, a > a, a >= a)
print(a == {2, 1}, a != b, a == frozenset([1, 2]), a == [1, 2])
print(a.issubset([1, 2, 5]), a.issuperset((1,)), a.isdisjoint([3, 4]), a.isdisjoint(b))
print({1, 2} < {3, 4}, {1, 2} > {3, 4}, set() < {1}, frozenset() <= set())
