import asyncio

active = 0
peak = 0
starts = []
ends = []

async def limited(sem, i):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        starts.append(i)
        # Later starters sleep longer, so they also end later, whatever the timer jitter.
        # Whether a start comes before the next end depends on the load: not printed.
        await asyncio.sleep(0.05 * (i + 1))
        active -= 1
        ends.append(i)

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(sem, i) for i in range(5)))
    print("starts", starts)
    print("ends", ends)
    print("peak", peak, sem.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)

asyncio.run(main())
