import asyncio

async def eternity():
    await asyncio.sleep(3600)
    print('yay!')

async def slow_op():
    await asyncio.sleep(0.05)
    return 'slow result'

async def main():
    try:
        await asyncio.wait_for(eternity(), timeout=0.01)
    except asyncio.TimeoutError:
        print('timeout!')
    task = asyncio.create_task(slow_op())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.01)
    except asyncio.TimeoutError:
        print('shielded task still running:', not task.done())
    print(await task)
    t = asyncio.create_task(eternity())
    await asyncio.sleep(0)
    t.cancel('stop now')
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled with', e.args)
    print(t.cancelled(), t.done())
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.01
    fut = loop.create_future()
    h = loop.call_at(when, fut.set_result, 'at')
    print(await fut, h.when() == when, h.cancelled())
    print(isinstance(asyncio.TimeoutError(), TimeoutError), asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
