total = 0.0
for i in range(10):
    total += 0.1
print(total)
print(total == 1.0)
h = 0.0
n = 1
while n <= 100:
    h += 1 / n
    n += 1
print(h)
