import asyncio
import os
import tempfile


async def handle(reader, writer):
    data = await reader.readline()
    writer.write(data.upper())
    await writer.drain()
    writer.close()


async def main():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "srv.sock")
        server = await asyncio.start_unix_server(handle, path)
        async with server:
            reader, writer = await asyncio.open_unix_connection(path)
            writer.write(b"over unix\n")
            print(await reader.readline())
            print(await reader.read())
            writer.close()
            await writer.wait_closed()
        print(os.path.basename(path), "closed")


asyncio.run(main())
