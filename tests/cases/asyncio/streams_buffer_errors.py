# StreamReader buffering and its errors fed by hand (readuntil limits,
# LimitOverrunError, IncompleteReadError, concurrent readers, exceptions),
# and a server/client pair exercising drain with large writes and
# get_extra_info.
import asyncio


async def reader_cases():
    r = asyncio.StreamReader(limit=8)
    print(repr(r))
    r.feed_data(b'')
    r.feed_data(b'ab--cd--')
    print(repr(r))
    print(await r.readuntil(b'--'), await r.readuntil(b'--'))
    r.feed_data(b'0123456789xyz')
    try:
        await r.readuntil(b'--')
    except asyncio.LimitOverrunError as e:
        print('LimitOverrunError:', e, e.consumed, isinstance(e, Exception))
    print(await r.read(4), await r.read(0))
    r.feed_data(b'--')
    try:
        await r.readuntil(b'--')
    except asyncio.LimitOverrunError as e:
        print('LimitOverrunError:', e, e.consumed)
    print(await r.readexactly(11))
    for bad in (b'',):
        try:
            await r.readuntil(bad)
        except ValueError as e:
            print('ValueError:', e)
    try:
        await r.readexactly(-1)
    except ValueError as e:
        print('ValueError:', e)
    print(await r.readexactly(0))
    r.feed_data(b'0123456789abcdefghij\nrest\n')
    try:
        await r.readline()
    except ValueError as e:
        print('ValueError:', e)
    print(await r.readline())
    r.feed_data(b'0123456789abcdefghij')
    try:
        await r.readline()
    except ValueError as e:
        print('ValueError:', e)
    print(repr(r), r.at_eof())
    r.feed_data(b'tail')
    r.feed_eof()
    print(repr(r), r.at_eof())
    try:
        await r.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError:', e, e.partial, e.expected, e.args)
        print(isinstance(e, EOFError))
    print(repr(r), r.at_eof(), await r.read(), await r.readline())
    try:
        await r.readuntil()
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError:', e, e.expected)
    try:
        r.feed_data(b'more')
    except AssertionError as e:
        print('AssertionError:', e)

    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print('ValueError:', e)

    r = asyncio.StreamReader()
    r.feed_data(b'partial')
    r.set_exception(ConnectionResetError('gone'))
    print(r.exception())
    for call in (r.read(), r.readline(), r.readexactly(1), r.read(3)):
        try:
            await call
        except ConnectionResetError as e:
            print('raised', repr(e))

    r = asyncio.StreamReader()
    first = asyncio.ensure_future(r.readline())
    await asyncio.sleep(0)
    try:
        await r.read(5)
    except RuntimeError as e:
        print('RuntimeError:', e)
    r.feed_data(b'one line\nnext')
    print(await first)
    r.feed_eof()
    print([line async for line in r])

    r = asyncio.StreamReader()
    waiting = asyncio.ensure_future(r.readexactly(3))
    await asyncio.sleep(0)
    r.set_exception(ValueError('broken'))
    try:
        await waiting
    except ValueError as e:
        print('waiter got', repr(e))


async def serve(reader, writer):
    print('server peer is loopback:', writer.get_extra_info('peername')[0])
    total = 0
    while chunk := await reader.read(65536):
        total += len(chunk)
    writer.write(str(total).encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def network_cases():
    server = await asyncio.start_server(serve, '127.0.0.1', 0)
    host, port = server.sockets[0].getsockname()[:2]
    reader, writer = await asyncio.open_connection(host, port, limit=1024)
    print(writer.get_extra_info('peername') == (host, port),
          writer.get_extra_info('nothing', 'dflt'),
          writer.transport is writer.get_extra_info('socket') or 'transport')
    for _ in range(3):
        writer.write(b'x' * 150000)
        await writer.drain()
    writer.write_eof()
    print('server counted', await reader.read())
    print(writer.is_closing())
    writer.close()
    print(writer.is_closing())
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print(server.is_serving())


async def main():
    await reader_cases()
    await network_cases()

asyncio.run(main())
