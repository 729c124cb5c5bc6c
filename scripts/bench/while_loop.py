n = 0
count = 0
while n < 5_000_000:
    n += 1
    count += 2
print(n, count)
