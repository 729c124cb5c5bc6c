# asyncio.TaskGroup raises the failures of its tasks as a group, which except*
# takes apart.
import asyncio


async def ok(n):
    await asyncio.sleep(0.01 * n)
    print("ok", n)
    return n


async def bad(after, exc):
    # Both failures wake on the same event, so they fail in the same loop iteration
    # (before the group can cancel either), however loaded the machine.
    await after
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(ok(1))
            tg.create_task(bad(t1, ValueError("v")))
            tg.create_task(bad(t1, TypeError("t")))
            slow = tg.create_task(ok(500))
    except* ValueError as e:
        print("values", repr(e))
    except* TypeError as e:
        print("types", repr(e))
    print(t1.result(), slow.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(asyncio.sleep(0.01), KeyError("k")))
    except ExceptionGroup as eg:
        print(type(eg).__name__, str(eg), repr(eg.exceptions))


asyncio.run(main())
