import asyncio


async def worker(n, delay):
    await asyncio.sleep(delay)
    print("worker", n, "done")
    return n * 10


async def main():
    async with asyncio.TaskGroup() as tg:
        # A wide gap: the two sleeps start at different times on a loaded machine.
        task1 = tg.create_task(worker(1, 0.3))
        task2 = tg.create_task(worker(2, 0.05), name="second")
        print(repr(tg))
        print("inside: tasks scheduled")
    print(f"Both tasks have completed now: {task1.result()}, {task2.result()}")
    print(task1.get_name(), task2.get_name(), repr(tg))
    coro = worker(3, 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
        coro.close()

    async with asyncio.TaskGroup() as tg:
        pass
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    # Cancelling the task that runs the group cancels the group's tasks.
    async def runner():
        async with asyncio.TaskGroup() as g:
            g.create_task(asyncio.sleep(10))
            g.create_task(asyncio.sleep(10))
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled", t.cancelled())
    # Tasks created inside a task of the group join the same group.
    async def spawner(g):
        g.create_task(worker(4, 0))
        return "spawned"
    async with asyncio.TaskGroup() as tg:
        s = tg.create_task(spawner(tg))
    print(s.result())

asyncio.run(main())
