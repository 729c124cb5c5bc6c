print(str(42), str(-1.5), str(None), str(False))
print(str("already"), str(""), str((1, "a")))
print(str(1e16) + "|" + str(1e15))
print(len(str(10**100)))
