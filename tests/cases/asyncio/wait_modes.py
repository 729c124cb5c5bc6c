import asyncio

async def job(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    t1 = asyncio.create_task(job("slow", 0.25))
    t2 = asyncio.create_task(job("fast", 0.05))
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait([t1, t2])
    print(sorted(t.result() for t in done), len(pending))
    t3 = asyncio.create_task(job("never", 1))
    done, pending = await asyncio.wait([t3], timeout=0.05)
    print(len(done), len(pending))
    t3.cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)
    try:
        await asyncio.wait([t1], return_when="bogus")
    except ValueError as e:
        print(e)

asyncio.run(main())
