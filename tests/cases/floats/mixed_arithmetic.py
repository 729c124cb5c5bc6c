print(1 + 2.0, 3 * 0.5, 10 - 0.25)
print(2 ** 0.5, 10 / 4, 7 // 2.0)
print(True + 0.5, 2**100 * 1.0)
print(type(1 + 1.0), type(2 * 3))
x = 3
x += 0.5
print(x)
