# The traceback of an error raised on next(): the call site, then the generator.
def gen(items):
    for item in items:
        yield item.upper()

g = gen(["a", "b", 3])
print(next(g))
print(next(g))
print(next(g))
