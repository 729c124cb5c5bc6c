import asyncio


async def handler(reader, writer):
    line = await reader.readline()
    writer.write(b"line:" + line)
    block = await reader.readexactly(5)
    writer.write(b"exact:" + block + b"\n")
    upto = await reader.readuntil(b"|")
    writer.write(b"until:" + upto + b"\n")
    writer.writelines([b"a", b"b", b"c\n"])
    await writer.drain()
    rest = await reader.read()
    writer.write(b"rest:" + rest + b"\n")
    print("server at_eof:", reader.at_eof())
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(type(reader).__name__, type(writer).__name__)
    writer.write(b"first line\n12345abc|tail data")
    await writer.drain()
    print(await reader.readline())
    print(await reader.readline())
    print(await reader.readline())
    print(await reader.readline())
    print(writer.can_write_eof())
    writer.write_eof()
    print(await reader.readline())
    print(await reader.read())
    print("client at_eof:", reader.at_eof())
    try:
        await reader.readexactly(3)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)
    print(repr(await reader.readline()))
    writer.close()
    await writer.wait_closed()
    print(writer.is_closing())
    server.close()
    await server.wait_closed()

    # lines via async iteration
    async def lines_handler(reader, writer):
        for i in range(3):
            writer.write(f"row {i}\n".encode())
        writer.close()

    async with await asyncio.start_server(lines_handler, "127.0.0.1", 0) as srv:
        port = srv.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        async for line in reader:
            print("got", line)
        writer.close()

    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("refused:", type(e).__name__, e.errno, str(e).replace(str(port), "PORT"))

    r = asyncio.StreamReader(limit=10)
    r.feed_data(b"0123456789abcdef\n")
    r.feed_eof()
    try:
        await r.readline()
    except ValueError as e:
        print("ValueError:", e)
    r = asyncio.StreamReader()
    r.feed_data(b"abc")
    r.feed_eof()
    try:
        await r.readuntil(b"X")
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e)
    print(repr(r))

asyncio.run(main())
