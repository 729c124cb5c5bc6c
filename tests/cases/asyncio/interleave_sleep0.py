import asyncio

async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")

async def main():
    a = asyncio.create_task(worker("a", 3))
    b = asyncio.create_task(worker("b", 2))
    print("created")
    await asyncio.sleep(0)
    print("main after first sleep(0)")
    c = asyncio.create_task(worker("c", 1))
    await a
    print("a awaited")
    await b
    await c
    print("all done")

asyncio.run(main())
