import asyncio
import time

def blocking_io(n):
    time.sleep(0.5)
    return n * 2

def fails():
    raise OSError("disk gone")

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.05)

async def main():
    # The default executor is made on first use; keep that out of the timing.
    await asyncio.to_thread(int)
    t0 = time.monotonic()
    results = await asyncio.gather(
        asyncio.to_thread(blocking_io, 1),
        asyncio.to_thread(blocking_io, 2),
        asyncio.get_running_loop().run_in_executor(None, blocking_io, 3),
        ticker(),
    )
    print(results)
    print("parallel:", time.monotonic() - t0 < 1.2)  # serial would take 1.5 s
    try:
        await asyncio.to_thread(fails)
    except OSError as e:
        print("caught", e)
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))

asyncio.run(main())
