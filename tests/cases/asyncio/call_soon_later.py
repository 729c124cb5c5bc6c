import asyncio

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_later(0.1, print, "later 0.1")
    loop.call_later(0.05, print, "later 0.05")
    loop.call_soon(print, "soon 1")
    h = loop.call_soon(print, "cancelled")
    loop.call_soon(print, "soon 2")
    h.cancel()
    loop.call_later(0.15, done.set_result, "done")
    print("main waiting")
    print(await done)

asyncio.run(main())
