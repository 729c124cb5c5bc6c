# Names, type and identity of generator objects.
def gen():
    yield 1

class Box:
    def items(self):
        yield self

    def nested(self):
        def inner():
            yield 2
        return inner()

g = gen()
print(type(g).__name__, g.__name__, g.__qualname__)
print(iter(g) is g, g.__iter__() is g)
print(g.gi_running)
print(repr(g).startswith("<generator object gen at 0x"), repr(g).endswith(">"))
b = Box()
print(b.items().__qualname__, b.nested().__qualname__)
print(repr(b.nested()).startswith("<generator object Box.nested.<locals>.inner at "))
print(type(g) is type(b.items()))
print(g.__next__())
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
print(str(g) == repr(g))
