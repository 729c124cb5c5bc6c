import asyncio

async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            received = yield i
            if received:
                print("received", received)
    except ValueError as e:
        print("ticker caught", e)
        yield -1
    finally:
        print("ticker cleanup")

async def stubborn():
    try:
        yield 1
    finally:
        yield 2

async def main():
    t = ticker(5)
    print(await t.__anext__())
    print(await t.asend("hello"))
    print(await t.athrow(ValueError("bad value")))
    try:
        await t.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    t2 = ticker(3)
    print(await t2.__anext__())
    print(await t2.aclose())
    try:
        await t2.__anext__()
    except StopAsyncIteration:
        print("closed generator is exhausted")
    print(await ticker(2).aclose())
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    t3 = ticker(3)
    await t3.__anext__()
    try:
        await t3.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))
    squares = [x * x async for x in ticker(4)]
    print(squares)
    evens = {x async for x in ticker(6) if x % 2 == 0}
    print(sorted(evens))
    d = {x: str(x) async for x in ticker(3)}
    print(d)
    gen = (x + 100 async for x in ticker(3))
    print(type(gen).__name__)
    async for v in gen:
        print("genexp", v)
    async def double(x):
        await asyncio.sleep(0)
        return 2 * x
    print([await double(i) for i in range(4)])
    lazy = (await double(i) for i in range(3))
    print([v async for v in lazy])
    nested = [[y async for y in ticker(k)] for k in range(3)]
    print(nested)

asyncio.run(main())
