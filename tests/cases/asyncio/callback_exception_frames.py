import asyncio
def cb():
    1/0
async def main():
    asyncio.get_running_loop().call_soon(cb)
    await asyncio.sleep(0.01)
asyncio.run(main())
