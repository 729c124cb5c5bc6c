import random

random.seed(42)
print(random.randbytes(10), random.randbytes(0), random.Random(5).randbytes(3), len(random.randbytes(100)))
random.seed(42)
a = random.randbytes(10)
random.seed(42)
print(a == random.randbytes(10), random.random())
for f in [lambda: random.randbytes(-1), lambda: random.randbytes(1.5), lambda: random.randbytes()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
