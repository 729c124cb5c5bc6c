print(1, 2, sep=None)
print("a", end=None)
print("b", sep=None, end=None)
