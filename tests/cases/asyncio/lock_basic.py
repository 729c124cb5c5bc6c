import asyncio

async def use(lock, name, log):
    async with lock:
        print(name, "acquired", lock.locked())
        await asyncio.sleep(0.01)
        print(name, "releasing")

async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    await asyncio.gather(*(use(lock, n, []) for n in "abc"))
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    print(await lock.acquire(), lock.locked())
    lock.release()

asyncio.run(main())
