import asyncio

async def ok(x):
    await asyncio.sleep(0.05)
    return x

async def bad(x):
    await asyncio.sleep(0.025)
    raise ValueError(f"bad {x}")

async def main():
    r = await asyncio.gather(ok(1), bad(2), ok(3), return_exceptions=True)
    print([repr(x) for x in r])
    try:
        await asyncio.gather(ok(1), bad(2), ok(3))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0.1)

asyncio.run(main())
