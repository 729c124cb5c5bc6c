import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "mid")]:
        pq.put_nowait(item)
    print(str(pq))
    print([await pq.get() for _ in range(3)])
    lq = asyncio.LifoQueue(maxsize=3)
    for x in (5, 1, 3):
        await lq.put(x)
    print(lq.full(), str(lq))
    print([lq.get_nowait() for _ in range(3)])
    q = asyncio.Queue(2)
    print(str(q))
    q.put_nowait("a")
    print(str(q), repr(q).startswith("<Queue at 0x"), repr(q).endswith(" maxsize=2 _queue=['a'] tasks=1>"))
    getter = asyncio.create_task(asyncio.Queue().get())
    await asyncio.sleep(0)
    getter.cancel()
    q.get_nowait()
    q.task_done()
    print(str(q))
    print(issubclass(asyncio.PriorityQueue, asyncio.Queue), issubclass(asyncio.LifoQueue, asyncio.Queue))

asyncio.run(main())
