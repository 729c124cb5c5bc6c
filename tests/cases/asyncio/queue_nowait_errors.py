import asyncio

async def main():
    q = asyncio.Queue(1)
    q.put_nowait('a')
    try:
        q.put_nowait('b')
    except asyncio.QueueFull as e:
        print('full', type(e).__name__, repr(str(e)))
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('empty')
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(e)
    lq = asyncio.LifoQueue()
    for i in range(3):
        await lq.put(i)
    print([await lq.get() for _ in range(3)])

asyncio.run(main())

class Gen:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n

async def comps():
    print([x async for x in Gen(3)])
    print({x: await asyncio.sleep(0, x * 2) for x in range(3)})
    print([y for x in range(2) async for y in Gen(x + 1) if y >= 0])

asyncio.run(comps())
