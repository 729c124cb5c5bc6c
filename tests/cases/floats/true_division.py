print(1 / 10, 3 / 7, -1 / 3)
print(1.0 / 3.0, 22 / 7)
print(1e300 / 1e-300)
print(5e-324 / 1e10)
