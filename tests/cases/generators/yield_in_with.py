# Context managers around yields: __exit__ runs when the generator leaves the block.
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, tp, val, tb):
        print("exit", self.name, tp.__name__ if tp else None)
        return self.swallow

def gen():
    with CM("a") as a:
        yield a
        with CM("b", swallow=True) as b:
            yield b
            raise ValueError("swallowed")
        yield "after b"
    yield "after a"

print(list(gen()))
g = gen()
print(next(g))
g.close()
h = gen()
next(h)
try:
    h.throw(KeyError("thrown"))
except KeyError as e:
    print("propagated", e)
