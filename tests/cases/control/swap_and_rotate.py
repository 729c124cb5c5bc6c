a, b, c = 1, 2, 3
a, b, c = b, c, a
print(a, b, c)
x, y = 0, 1
for i in range(10):
    x, y = y, x + y
print(x, y)
