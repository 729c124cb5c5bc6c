import asyncio

async def ticker(delay, to):
    try:
        for i in range(to):
            yield i
            await asyncio.sleep(delay)
    finally:
        print('ticker cleanup')

async def main():
    async for i in ticker(0.001, 3):
        print(i)
    gen = ticker(0.001, 10)
    print(await gen.__anext__())
    print(await anext(gen))
    await gen.aclose()
    try:
        await anext(gen)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    print(await anext(gen, 'default'))
    gen2 = ticker(0, 5)
    r = [i async for i in gen2 if i % 2 == 0]
    print(r)
    gen3 = ticker(0, 5)
    await gen3.asend(None)
    try:
        await gen3.athrow(ValueError('boom'))
    except ValueError as e:
        print('athrow ->', e)
    print(type(gen3).__name__, gen3.__name__, gen3.ag_running)

asyncio.run(main())
