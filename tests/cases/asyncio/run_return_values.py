import asyncio

async def compute(x, y):
    print(f'Compute {x} + {y} ...')
    await asyncio.sleep(0.01)
    return x + y

async def print_sum(x, y):
    result = await compute(x, y)
    print(f'{x} + {y} = {result}')
    return result

print(asyncio.run(print_sum(1, 2)))

async def order(tag, delay):
    await asyncio.sleep(delay)
    print(tag)
    return tag

async def main():
    # same-delay sleeps resume in scheduling order
    r = await asyncio.gather(order('a', 0), order('b', 0), order('c', 0))
    print(r)
    t1 = asyncio.create_task(order('first', 0.02))
    t2 = asyncio.create_task(order('second', 0.01))
    print(await t1, await t2)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 'future value')
    print(await fut)
    done, pending = await asyncio.wait({asyncio.create_task(order(x, 0)) for x in 'xy'})
    print(sorted(t.result() for t in done), pending)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError:', str(e).split(' at ')[0])
    return 'end'

print(asyncio.run(main()))
try:
    asyncio.run(print_sum)
except ValueError as e:
    print('ValueError:', str(e).split(' at ')[0])
coro = print_sum(1, 1)
try:
    asyncio.run(coro, debug=False)
finally:
    pass
print(asyncio.run(asyncio.sleep(0, 'slept')))
