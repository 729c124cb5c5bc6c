import asyncio

async def set_after(fut, delay, value):
    await asyncio.sleep(delay)
    fut.set_result(value)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), fut.cancelled())
    fut.add_done_callback(lambda f: print("callback saw", f.result()))
    asyncio.create_task(set_after(fut, 0.01, '... world'))
    print('hello ...')
    print(await fut)
    print(fut.done())
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print("invalid state")
    f2 = loop.create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print(e)
    f2.set_exception(KeyError("k"))
    print(repr(f2.exception()))
    f3 = asyncio.Future()
    print(f3.cancel(), f3.cancelled(), f3.cancel())
    await asyncio.sleep(0)

asyncio.run(main())
