import asyncio
import socket


async def handle_client(loop, client):
    request = None
    while request != 'quit':
        request = (await loop.sock_recv(client, 255)).decode('utf8')
        response = str(request.upper()) + '\n'
        await loop.sock_sendall(client, response.encode('utf8'))
    client.close()


async def run_server(server):
    loop = asyncio.get_event_loop()
    client, _ = await loop.sock_accept(server)
    await handle_client(loop, client)


async def main():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(('127.0.0.1', 0))
    server.listen(8)
    server.setblocking(False)
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(run_server(server))
    c = socket.socket()
    c.setblocking(False)
    await loop.sock_connect(c, server.getsockname())
    for word in ['hello', 'world', 'quit']:
        await loop.sock_sendall(c, word.encode())
        print(await loop.sock_recv(c, 100))
    await task
    c.close()
    server.close()

asyncio.run(main())
