# Floats print as the shortest string that round-trips.
print(0.1 + 0.2)
print(0.1, 0.5, 1.0, 100.0)
print(1 / 3, 2 / 3)
print(1e16, 1e15, 123456789012345678.0)
print(1e-5, 1e-4, 0.0001234)
print(1e22, 1e23, 1.5e300)
print(2.675, 1.1 * 3, 0.3 - 0.1)
print(1e-7, 12345.678, 9007199254740993.0)
