import asyncio

async def sleeper():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("stop it")
    try:
        await t
    except asyncio.CancelledError as e:
        print("args", e.args)
    t2 = asyncio.create_task(sleeper())
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError as e:
        print("args", e.args)
    try:
        t2.result()
    except asyncio.CancelledError:
        print("result raises CancelledError")
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))

asyncio.run(main())
