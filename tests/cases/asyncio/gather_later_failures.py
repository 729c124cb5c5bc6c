# gather: the failures after the first one it raised count as retrieved, so nothing
# reports them; a cancelled gather; return_exceptions; an empty gather.
import asyncio

async def fail(n, d):
    await asyncio.sleep(d)
    raise ValueError(f"fail {n}")

async def main():
    try:
        await asyncio.gather(fail(1, 0.01), fail(2, 0.02), fail(3, 0.03))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0.05)
    t = asyncio.gather(fail(4, 0.01))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("gather cancelled")
    print(t)
    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print(e)
    res = await asyncio.gather(fail(5, 0), asyncio.sleep(0, "ok"), return_exceptions=True)
    print(res)
    print(await asyncio.gather())

asyncio.run(main())
