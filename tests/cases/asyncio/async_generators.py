import asyncio

async def ticker(n, delay):
    for i in range(n):
        yield i
        await asyncio.sleep(delay)
    print("ticker exhausted")

async def squares(src):
    async for x in src:
        yield x * x

async def main():
    async for x in ticker(3, 0):
        print("got", x)
    print([y async for y in squares(ticker(4, 0))])
    g = ticker(2, 0)
    print(type(g).__name__, g.__aiter__() is g)
    print(await g.__anext__())
    print(await g.asend(None))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    t1 = asyncio.create_task(consume("a"))
    t2 = asyncio.create_task(consume("b"))
    await asyncio.gather(t1, t2)

async def consume(name):
    async for x in ticker(2, 0.01):
        print(name, x)

asyncio.run(main())
