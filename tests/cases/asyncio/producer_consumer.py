import asyncio

async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        print(f"produced {i} (size {queue.qsize()})")
    await queue.put(None)

async def consumer(queue):
    total = 0
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break
        print(f"consumed {item}")
        total += item
        queue.task_done()
        await asyncio.sleep(0)
    return total

async def main():
    queue = asyncio.Queue(maxsize=2)
    print(queue.maxsize, queue.empty(), queue.full())
    prod = asyncio.create_task(producer(queue, 6))
    cons = asyncio.create_task(consumer(queue))
    await queue.join()
    print("joined")
    print(await cons, await prod)

asyncio.run(main())
