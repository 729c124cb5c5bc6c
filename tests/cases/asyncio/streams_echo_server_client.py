import asyncio

async def handle_echo(reader, writer):
    data = await reader.read(100)
    message = data.decode()
    addr = writer.get_extra_info('peername')

    print(f"Received {message!r} from {addr[0]!r}")

    print(f"Send: {message!r}")
    writer.write(data)
    await writer.drain()

    print("Close the connection")
    writer.close()
    await writer.wait_closed()


async def tcp_echo_client(message, port):
    reader, writer = await asyncio.open_connection(
        '127.0.0.1', port)

    print(f'Send: {message!r}')
    writer.write(message.encode())
    await writer.drain()

    data = await reader.read(100)
    print(f'Received: {data.decode()!r}')

    print('Close the connection')
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(
        handle_echo, '127.0.0.1', 0)

    addrs = ', '.join(str(sock.getsockname()[0]) for sock in server.sockets)
    print(f'Serving on {addrs}')
    port = server.sockets[0].getsockname()[1]

    async with server:
        task = asyncio.create_task(server.serve_forever())
        await tcp_echo_client('Hello World!', port)
        await asyncio.gather(tcp_echo_client('one', port), tcp_echo_client('two', port))
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print("serve_forever cancelled")
    print(server.is_serving(), server.sockets)

asyncio.run(main())
