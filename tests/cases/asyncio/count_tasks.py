# The classic "count" example: three concurrent tasks.
import asyncio
import time

async def count():
    print("One")
    await asyncio.sleep(0.1)
    print("Two")

async def main():
    start = time.perf_counter()
    await asyncio.gather(count(), count(), count())
    elapsed = time.perf_counter() - start
    print("concurrent:", elapsed < 0.25)

asyncio.run(main())
