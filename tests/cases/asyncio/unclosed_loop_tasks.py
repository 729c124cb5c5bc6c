# A loop never closed: its failed task is reported, its pending one is not.
import asyncio

async def fail():
    raise ValueError("lost")

async def forever():
    try:
        await asyncio.sleep(10)
    finally:
        print("forever's finally")

async def main():
    asyncio.ensure_future(fail())
    asyncio.ensure_future(forever())
    await asyncio.sleep(0.01)

loop = asyncio.get_event_loop()
loop.run_until_complete(main())
print("end of program")
