data = [1, 2, 3, 0, 5, 6]
it = iter(data.pop, 3)
print(type(it).__name__)
print(list(it))
print(list(it))
print(data)

import io
f = io.StringIO("a\nb\nc\n")
for line in iter(f.readline, ""):
    print(repr(line))

count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))

class Ctr:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        if self.n > 5:
            raise StopIteration
        return self.n
print(list(iter(Ctr(), 99)))

class Eq:
    def __eq__(self, other):
        return other == 2
src = iter([1, 2, 3])
print(list(iter(lambda: next(src), Eq())))

from functools import partial
print(list(iter(partial(next, iter([7, 8, 9])), 9)))

def bad():
    raise ValueError("boom")
try:
    next(iter(bad, 0))
except ValueError as e:
    print("ValueError", e)
for args in [(1, 2), (), (1, 2, 3)]:
    try:
        iter(*args)
    except TypeError as e:
        print("TypeError", e)
