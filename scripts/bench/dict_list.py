counts = {}
items = []
for i in range(300_000):
    key = i % 1000
    counts[key] = counts.get(key, 0) + 1
    items.append(i * 2)
    if len(items) > 500:
        items.pop(0)
total = 0
for k, v in counts.items():
    total += k * v
print(total, len(items), sum(items), sorted(counts)[:3])
