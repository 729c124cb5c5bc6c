import asyncio

async def work():
    await asyncio.sleep(0.2)
    print("work done")
    return 5

async def main():
    inner = asyncio.create_task(work())
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.05)
    except asyncio.TimeoutError:
        print("shielded timeout")
    print(await inner)

asyncio.run(main())
