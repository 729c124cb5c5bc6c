import asyncio

async def eternity():
    try:
        await asyncio.sleep(3600)
        print('yay!')
    except asyncio.CancelledError:
        print('eternity cancelled')
        raise

async def quick():
    await asyncio.sleep(0.01)
    return 'quick'

async def main():
    try:
        await asyncio.wait_for(eternity(), timeout=0.02)
    except asyncio.TimeoutError:
        print('timeout!')
    except TimeoutError:
        print('builtin timeout')
    print(await asyncio.wait_for(quick(), timeout=1))
    print(await asyncio.wait_for(quick(), None))
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
