# PEP 479: the RuntimeError chains from the StopIteration.
def gen():
    yield 1
    raise StopIteration

for v in gen():
    print(v)
