"""Seeds of every accepted type, and samples of huge ranges without listing them."""
import random

for seed in [b"bytes", bytearray(b"bytes"), b"", "bytes", 3.5, -2, 2 ** 70]:
    random.seed(seed)
    print(repr(seed), random.randint(0, 10 ** 12), random.random())

for bad in [memoryview(b"x"), (1, 2), [1]]:
    try:
        random.seed(bad)
    except TypeError as e:
        print(type(bad).__name__, "->", e)

random.seed(11)
print(random.sample(range(10 ** 9), 3), random.sample(range(10 ** 18, 10 ** 18 + 10 ** 12, 7), 2))
print(random.sample(range(50, 0, -3), 5), random.sample(range(5), 5))
print(random.sample(range(10), 4, counts=[1] * 10))
try:
    random.sample(range(3), 4)
except ValueError as e:
    print(e)
