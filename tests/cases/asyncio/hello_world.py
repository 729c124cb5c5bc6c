import asyncio

async def main():
    print('Hello ...')
    await asyncio.sleep(0.01)
    print('... World!')
    return 42

print(asyncio.run(main()))
