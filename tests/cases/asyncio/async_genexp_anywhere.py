# An async generator expression may appear outside async functions; it is consumed
# inside one.
import asyncio

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

def make(n):
    return (x * 10 async for x in numbers(n))

module_level = (x async for x in numbers(2))
print(type(make(1)).__name__, type(module_level).__name__)

async def main():
    print([x async for x in make(3)])
    print([x async for x in module_level])
    g = make(2)
    print(await g.__anext__(), await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("done")

asyncio.run(main())
