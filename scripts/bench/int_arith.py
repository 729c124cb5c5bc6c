total = 0
for i in range(2_000_000):
    total = (total + i * 7) % 1_000_003 + i // 3
print(total)
