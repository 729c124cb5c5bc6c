x = 0.0
y = 1.0
i = 0
for i in range(1_000_000):
    x = x * 0.999 + y / 3.0 - 0.5
    y = y + 1.5 * x
    y = y - x * 1.5
print(x, y)
