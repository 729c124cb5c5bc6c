def add(a, b, c=1):
    return a + b + c

def step(x, scale=2):
    return add(x, scale, c=0) - scale

total = 0
for i in range(1_000_000):
    total = step(total) + add(i, 1)
    total = total % 1_000_000_007
print(total)
