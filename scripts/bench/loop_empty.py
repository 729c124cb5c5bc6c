for i in range(10_000_000):
    pass
print(i)
