class Fut:
    def __init__(self, v): self.v = v
    def __await__(self):
        r = yield self.v
        return r * 2
class CM:
    async def __aenter__(self):
        print("enter"); return "val"
    async def __aexit__(self, t, e, tb):
        print("exit", t.__name__ if t else None); return t is KeyError
class AI:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
async def inner(x):
    y = await Fut(x)
    return y + 1
async def main():
    r = await inner(5)
    print("r", r)
    async with CM() as v:
        print("body", v)
    async with CM():
        raise KeyError(1)
    try:
        async with CM():
            raise ValueError(1)
    except ValueError as e: print("caught", e)
    async for i in AI():
        print("i", i)
        if i == 2: continue
    else:
        print("else")
    for _ in range(2):
        async for i in AI():
            if i == 2: break
        print("after break", i)
    async def ret():
        async with CM():
            return 7
    print(await ret())
    return "done"
c = main()
print(repr(c).split(' at')[0])
v = c.send(None)
print("yielded", v)
try:
    c.send(10)
except StopIteration as e:
    print("stop", e.value)
