print(range(5), range(1, 5), range(0, 10, 2))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -3)))
print(len(range(5, 1)), len(range(-5, 5)))
print(range(3) == range(0, 3))
