import asyncio

async def waiter(event, name):
    print(name, 'waiting')
    await event.wait()
    print(name, 'woke up')

async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, n)) for n in ("w1", "w2")]
    await asyncio.sleep(0.01)
    print("setting", event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    print(event.is_set(), await event.wait())
    event.clear()
    print(event.is_set())

asyncio.run(main())
