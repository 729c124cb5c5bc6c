import asyncio


async def handle(reader, writer):
    while line := await reader.readline():
        n = int(line)
        await asyncio.sleep(0.01 * (5 - n))
        writer.write(f"{n} squared is {n * n}\n".encode())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, n):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{n}\n".encode())
    await writer.drain()
    answer = (await reader.readline()).decode().strip()
    writer.close()
    await writer.wait_closed()
    return answer


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        answers = await asyncio.gather(*(client(port, n) for n in range(5)))
        for a in answers:
            print(a)
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            await asyncio.wait_for(reader.readline(), timeout=0.05)
        except asyncio.TimeoutError:
            print("no answer in time")
        writer.close()
        await writer.wait_closed()
    print("server closed:", not server.is_serving())


asyncio.run(main())
