print(len("abc"), len(""), len("é"))
print(len((1, 2, 3)), len(()), len([1, 2]))
print(len(range(100)), len(range(1, 100, 7)))
