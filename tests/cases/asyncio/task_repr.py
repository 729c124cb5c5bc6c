import asyncio
async def f():
    return 3
async def main():
    fut = asyncio.get_running_loop().create_future()
    print(repr(fut))
    fut.set_result(5)
    print(repr(fut))
    t = asyncio.create_task(f(), name='t1')
    await t
    print(repr(t).split(' coro=')[0])
asyncio.run(main())
async def g():
    raise ValueError('x')
async def main2():
    t = asyncio.create_task(g(), name='t2')
    try:
        await t
    except ValueError:
        pass
    r = repr(t)
    print(r[:r.index(' coro=')], r[r.rindex('>', 0, -1) + 1:])
asyncio.run(main2())
