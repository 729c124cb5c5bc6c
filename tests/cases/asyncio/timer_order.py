import asyncio

async def tick(name, delay):
    await asyncio.sleep(delay)
    print(name, delay)

async def main():
    tasks = [asyncio.create_task(tick(n, d)) for n, d in
             [("x", 0.3), ("y", 0.1), ("z", 0.2), ("w", 0.1), ("v", 0)]]
    print("scheduled")
    await asyncio.gather(*tasks)
    print(await asyncio.sleep(0.05, result="slept"), await asyncio.sleep(0, "zero"))

asyncio.run(main())
