import asyncio

async def job(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    coros = [job("third", 0.3), job("first", 0.1), job("second", 0.2)]
    for fut in asyncio.as_completed(coros):
        print(await fut)
    try:
        for fut in asyncio.as_completed([job("late", 1)], timeout=0.05):
            await fut
    except asyncio.TimeoutError:
        print("as_completed timed out")

asyncio.run(main())
