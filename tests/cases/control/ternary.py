x = 5
print("pos" if x > 0 else "neg")
print("a" if x > 10 else "b" if x > 3 else "c")
y = (1 if x else 0) + 1
print(y)
print(0 if None else "none is falsy")
