import asyncio
import time

async def main():
    t0 = time.monotonic()
    await asyncio.gather(*(asyncio.sleep(0.2) for _ in range(3)))
    dt = time.monotonic() - t0
    print("about 0.2s:", 0.19 < dt < 0.6)
    t0 = time.monotonic()
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.1)
    dt = time.monotonic() - t0
    print("sequential 0.2s:", 0.19 < dt < 0.6)

asyncio.run(main())
