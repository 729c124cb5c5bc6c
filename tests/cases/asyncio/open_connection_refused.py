import asyncio

async def main():
    reader, writer = await asyncio.open_connection('127.0.0.1', 1)

asyncio.run(main())
