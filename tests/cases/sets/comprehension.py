print({x * x for x in range(-3, 4)})
print({(x, y) for x in range(3) for y in range(2) if x != y})
print(sorted({c.upper() for c in 'banana'}))
n = 10
print(sorted({i % n for i in range(100)}))
