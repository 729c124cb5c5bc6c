import asyncio
import contextvars

var = contextvars.ContextVar('var', default='unset')

def cb(tag):
    print(tag, var.get())

async def child(n):
    var.set(f'child{n}')
    await asyncio.sleep(0)
    return var.get()

async def main():
    loop = asyncio.get_running_loop()
    var.set('main')
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'custom')
    loop.call_soon(cb, 'call_soon default:')
    loop.call_soon(cb, 'call_soon custom:', context=ctx)
    loop.call_later(0, cb, 'call_later custom:', context=ctx)
    await asyncio.sleep(0.01)
    print(await asyncio.gather(child(1), child(2)), var.get())
    t = asyncio.create_task(child(3), context=ctx)
    print(await t, ctx[var], var.get())
    fut = loop.create_future()
    fut.add_done_callback(lambda f: cb('done default:'))
    fut.add_done_callback(lambda f: cb('done custom:'), context=ctx)
    fut.set_result(None)
    await asyncio.sleep(0)
    r = await loop.run_in_executor(None, var.get)
    print('executor sees', r)
    r = await asyncio.to_thread(var.get)
    print('to_thread sees', r)
    async with asyncio.TaskGroup() as tg:
        t2 = tg.create_task(child(4), context=contextvars.Context())
    print(t2.result(), var.get())

asyncio.run(main())
print(var.get())
with asyncio.Runner() as runner:
    var.set('before runner')
    print(runner.run(child(5)), var.get())
    async def read():
        return var.get()
    print(runner.run(read()))
    print(runner.run(read(), context=contextvars.Context()))
