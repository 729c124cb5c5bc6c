import asyncio

class Ticket:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.n * 2

class Session:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0.001)
        print("open", self.name)
        return self
    async def __aexit__(self, *exc):
        await asyncio.sleep(0.001)
        print("close", self.name, exc[0])
        return False

class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i

async def main():
    print(await Ticket(21))
    async with Session("s1") as s:
        print("inside", s.name)
    try:
        async with Session("s2"):
            raise RuntimeError("oops")
    except RuntimeError as e:
        print("propagated", e)
    async for i in Ticker(3):
        print("tick", i)
    fut = asyncio.ensure_future(Ticket(5))
    print(await fut)

asyncio.run(main())
