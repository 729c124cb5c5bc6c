# An exception escaping asyncio.run shows CPython's runner and event loop frames.
import asyncio
import traceback


async def fetch(delay):
    await asyncio.sleep(delay)
    raise ConnectionError(f"no answer after {delay}")


async def slow():
    await asyncio.sleep(10)


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        traceback.print_exc()
    try:
        await asyncio.wait(set())
    except ValueError:
        traceback.print_exc()
    for coro in asyncio.as_completed([fetch(0.01)]):
        try:
            await coro
        except ConnectionError:
            traceback.print_exc()
    await asyncio.gather(fetch(0.01), slow())


asyncio.run(main())
