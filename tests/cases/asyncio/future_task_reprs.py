# The reprs of futures and tasks: state, coroutine and where it is, what a task waits
# for, callbacks, results shortened as reprlib does.
import asyncio
import functools


async def sub():
    await asyncio.sleep(0.01)
    return "x" * 100


def on_done(fut, tag=None):
    pass


class Watcher:
    def seen(self, fut):
        pass


async def main():
    t = asyncio.create_task(sub(), name="sub")
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f)
    f.add_done_callback(print)
    print(f)
    f.add_done_callback(on_done)
    print(f)
    f.add_done_callback(Watcher().seen)
    f.add_done_callback(functools.partial(on_done, tag=1))
    print(f)
    f.set_result(list(range(20)))
    print(f)
    g = loop.create_future()
    g.set_exception(KeyError("k"))
    print(g)
    g.exception()
    c = loop.create_future()
    c.cancel()
    print(c)
    coro = sub()
    print(coro.cr_frame.f_lineno, coro.cr_code.co_name, coro.cr_running)
    await coro
    print(coro.cr_frame)


asyncio.run(main())
