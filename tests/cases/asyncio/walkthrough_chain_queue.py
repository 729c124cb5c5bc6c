import asyncio
import random
import time

async def part1(n: int) -> str:
    i = n
    # Steps 60 ms apart at least, so a loaded machine cannot swap two of them.
    await asyncio.sleep(0.04 * i)
    result = f"result{n}-1"
    print(f"part1({n}) returned {result}.")
    return result

async def part2(n: int, arg: str) -> str:
    i = n
    await asyncio.sleep(0.06 * i)
    result = f"result{n}-2 derived from {arg}"
    print(f"part2{n, arg} returned {result}.")
    return result

async def chain(n: int) -> None:
    p1 = await part1(n)
    p2 = await part2(n, p1)
    print(f"-->Chained result{n} => {p2}.")

async def main(*args):
    await asyncio.gather(*(chain(n) for n in args))

asyncio.run(main(9, 6, 3))

async def makeitem(size: int = 5) -> str:
    return 'x' * size

async def produce(name: int, q: asyncio.Queue) -> None:
    for i in range(2):
        i = await makeitem(name + 1)
        await q.put((i, name))
        print(f"Producer {name} added <{i}> to queue.")
        await asyncio.sleep(0)

async def consume(name: int, q: asyncio.Queue) -> None:
    while True:
        i, who = await q.get()
        print(f"Consumer {name} got element <{i}> from {who}")
        q.task_done()

async def main2(nprod: int, ncon: int):
    q = asyncio.Queue()
    producers = [asyncio.create_task(produce(n, q)) for n in range(nprod)]
    consumers = [asyncio.create_task(consume(n, q)) for n in range(ncon)]
    await asyncio.gather(*producers)
    await q.join()
    for c in consumers:
        c.cancel()

asyncio.run(main2(2, 2))

async def coro(seq) -> list:
    await asyncio.sleep(max(seq) / 1000)
    return list(reversed(seq))

async def main3():
    t = asyncio.create_task(coro([3, 2, 1]))
    t2 = asyncio.create_task(coro([10, 5, 0]))
    print('Start:', time.strftime('%X')[:0])
    a = await asyncio.gather(t, t2)
    print('End:', time.strftime('%X')[:0])
    print(f'Both tasks done: {all((t.done(), t2.done()))}')
    print(a)
    t = asyncio.create_task(coro([3, 2, 1]))
    print(f't is {type(t)}')
    print(f't done: {t.done()}')
    await t
    print(t.result())

print(asyncio.run(main3()))

async def nested():
    return 42
async def main4():
    task = asyncio.create_task(nested())
    print(await task)
    print(asyncio.iscoroutinefunction(nested), asyncio.iscoroutine(nested()))
    return 'main4 result'
print(asyncio.run(main4()))
