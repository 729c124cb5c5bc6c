# asyncio.timeout: its repr through its states, and an expiry nothing catches.
import asyncio


async def main():
    cm = asyncio.timeout(None)
    print(cm)
    async with cm:
        print(cm)
        cm.reschedule(None)
    print(cm)
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with asyncio.timeout(0.01) as cm:
        await asyncio.sleep(1)


asyncio.run(main())
