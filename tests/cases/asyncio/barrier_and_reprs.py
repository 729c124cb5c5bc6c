import asyncio


def show(obj):
    r = repr(obj)
    return r.replace(hex(id(obj)), "ADDR")


async def worker(barrier, n, out, go):
    if n == 2:
        await go.wait()
    index = await barrier.wait()
    out.append((n, index))


async def main():
    barrier = asyncio.Barrier(3)
    print(show(barrier))
    out = []
    go = asyncio.Event()
    tasks = [asyncio.create_task(worker(barrier, n, out, go)) for n in range(3)]
    while barrier.n_waiting < 2:
        await asyncio.sleep(0)
    print(show(barrier), barrier.n_waiting)
    go.set()
    await asyncio.gather(*tasks)
    print(sorted(out), barrier.parties, barrier.broken)

    b = asyncio.Barrier(2)
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    await b.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e)
    print(show(b), b.broken)
    await b.reset()
    print(show(b))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    async with asyncio.Barrier(1) as index:
        print("index", index)

    lock = asyncio.Lock()
    print(show(lock))
    async with lock:
        waiter = asyncio.create_task(lock.acquire())
        await asyncio.sleep(0)
        print(show(lock))
    await waiter
    lock.release()
    ev = asyncio.Event()
    print(show(ev))
    ev.set()
    print(show(ev))
    sem = asyncio.Semaphore(2)
    print(show(sem))
    await sem.acquire()
    await sem.acquire()
    print(show(sem))
    print(show(asyncio.Condition()))
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))


asyncio.run(main())
