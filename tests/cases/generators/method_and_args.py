# Generator functions with defaults, *args, **kwargs, closures and methods.
def gen(a, b=2, *rest, key="k", **extra):
    yield a
    yield b
    yield rest
    yield key
    yield sorted(extra.items())

print(list(gen(1)))
print(list(gen(1, 3, 4, 5, key="z", q=1)))

def make_counter(start):
    count = start
    def counter():
        nonlocal count
        while count < start + 3:
            yield count
            count += 1
    return counter

c = make_counter(10)
print(list(c()), list(c()))

class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = children

    def walk(self):
        yield self.value
        for child in self.children:
            for v in child.walk():
                yield v

t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t.walk()))
try:
    gen()
except TypeError as e:
    print(e)
try:
    next(gen(1, 2, c=3, key=4, x=5))
except TypeError as e:
    print(e)
