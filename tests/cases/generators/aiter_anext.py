# aiter/anext builtins (anext's default replaces StopAsyncIteration), and async
# generators' asend/athrow/aclose.
import asyncio
async def agen():
    for i in range(2):
        yield i
class It:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2: raise StopAsyncIteration
        return self.i * 10
async def main():
    g = agen()
    print(aiter(g) is g)
    print(await anext(g), await anext(g), await anext(g, "done"))
    try:
        await anext(g)
    except StopAsyncIteration as e:
        print("stop", repr(e))
    it = aiter(It())
    print(await anext(it), await anext(it, None), await anext(it, None))
    for bad in (1, [1]):
        try: aiter(bad)
        except TypeError as e: print(e)
        try: anext(bad)
        except TypeError as e: print(e)
    class NoNext:
        def __aiter__(self): return 1
    try: aiter(NoNext())
    except TypeError as e: print(e)
    try: anext()
    except TypeError as e: print(e)
    try: anext(1, 2, 3)
    except TypeError as e: print(e)
    try: aiter()
    except TypeError as e: print(e)
    g2 = agen()
    print(await g2.asend(None), await g2.asend(None))
    try:
        await g2.athrow(ValueError("x"))
    except ValueError as e:
        print("athrow", e)
    g3 = agen()
    await anext(g3)
    print(await g3.aclose())
    print(type(anext(agen())).__name__)
    print(anext.__name__, aiter.__name__)
asyncio.run(main())


class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("broken")


async def failing():
    try:
        await anext(Failing(), "unused")
    except ValueError as e:
        print("propagated", e)
    async for x in aiter(It()):
        print("async for", x)


asyncio.run(failing())
