# The frames of an exception that went through tasks are the ones CPython shows: its
# Future and Task are written in C and add none.
import asyncio
import traceback


def names(exc):
    return [frame.name for frame in traceback.extract_tb(exc.__traceback__)]


async def inner():
    await asyncio.sleep(0)
    raise RuntimeError("inner failed")


async def main():
    task = asyncio.create_task(inner())
    try:
        await task
    except RuntimeError as e:
        print("in main:", names(e))
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("k"))
    try:
        await fut
    except KeyError as e:
        print("awaited future:", names(e))
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.001)
    except TimeoutError as e:
        print("wait_for:", names(e), type(e.__cause__).__name__)
    t = asyncio.create_task(inner())
    await asyncio.gather(t, return_exceptions=True)
    print("task.exception():", names(t.exception()))
    await task


try:
    asyncio.run(main())
except RuntimeError as e:
    print("at top:", names(e))
for cls in (asyncio.CancelledError, asyncio.InvalidStateError, asyncio.QueueEmpty,
            asyncio.QueueFull, asyncio.BrokenBarrierError, asyncio.TimeoutError):
    print(cls)
