# A task left pending by a loop that was closed is reported as destroyed at exit.
import asyncio

async def forever():
    while True:
        await asyncio.sleep(1)

async def main():
    asyncio.ensure_future(forever())
    await asyncio.sleep(0.01)
    return "main done"

loop = asyncio.new_event_loop()
print(loop.run_until_complete(main()))
loop.close()
print("closed")
