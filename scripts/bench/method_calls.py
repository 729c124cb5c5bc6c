class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self

    def value(self):
        return self.n


c = Counter()
for i in range(1_000_000):
    c.add(i).add(1)
    if c.value() > 1_000_000_000:
        c.n = 0
print(c.value())
