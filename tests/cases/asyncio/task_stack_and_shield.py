# Task.print_stack and get_stack, task names (a name given to create_task still uses up
# a Task-N in 3.11), shield returning its outer future.
import asyncio

async def work(n):
    await asyncio.sleep(n)
    return n

async def main():
    t = asyncio.create_task(work(1), name="w")
    await asyncio.sleep(0)
    t.print_stack()
    print(len(t.get_stack()))
    t.cancel("stop please")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled:", e.args)
    print(t)
    t2 = asyncio.create_task(work(0.01))
    print(sorted(x.get_name() for x in asyncio.all_tasks()))
    r = await asyncio.wait_for(asyncio.shield(t2), timeout=1)
    print(r)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "event!"
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(w)
    ev.set()
    print(await w)
    cond = asyncio.Condition()
    async def consumer():
        async with cond:
            await cond.wait_for(lambda: ready)
            return "consumed"
    ready = False
    c = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    async with cond:
        ready = True
        cond.notify_all()
    print(await c)
    print(repr(cond).split(' at ')[0])
    inner = asyncio.create_task(work(0.02), name="inner")
    outer = asyncio.shield(inner)
    print(type(outer).__name__, asyncio.shield(inner) is not outer)
    outer.cancel()
    print(await inner, outer.cancelled(), inner.cancelled())
    done = asyncio.create_task(work(0))
    await done
    print(asyncio.shield(done) is done)
    # The task shield() makes for a coroutine is gone from all_tasks() once done.
    print(await asyncio.shield(work(0.01)))
    print([t.get_name() for t in asyncio.all_tasks()])

asyncio.run(main())
