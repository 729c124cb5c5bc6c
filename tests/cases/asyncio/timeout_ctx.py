import asyncio

async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out", cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("in time", cm.expired())
    async with asyncio.timeout(None) as cm:
        print(cm.when())

asyncio.run(main())
