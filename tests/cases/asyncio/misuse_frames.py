# Misused asyncio objects: the frames CPython shows (none for its C Future and Task and
# the C loop getters; those of events.py, base_events.py, taskgroups.py and locks.py).
import asyncio
import threading
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc()


show(asyncio.get_running_loop)
show(lambda: asyncio.set_event_loop(3))
show(lambda: asyncio.set_event_loop_policy(3))
loop = asyncio.new_event_loop()
loop.close()
show(lambda: loop.call_soon(print))
t = threading.Thread(target=lambda: show(asyncio.get_event_loop))
t.start()
t.join()


async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_result(1)
    show(lambda: f.set_result(2))
    show(lambda: asyncio.current_task().set_result(3))
    show(lambda: asyncio.Semaphore(-1))
    show(lambda: asyncio.Barrier(0))
    cond = asyncio.Condition()
    show(cond.notify)
    tg = asyncio.TaskGroup()
    coro = asyncio.sleep(0)
    show(lambda: tg.create_task(coro))
    coro.close()
    try:
        async with asyncio.Condition() as c:
            c.release()
            await c.wait()
    except RuntimeError:
        traceback.print_exc()
    show(lambda: asyncio.get_running_loop().close())


asyncio.run(main())
