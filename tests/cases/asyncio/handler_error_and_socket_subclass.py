import asyncio
import socket


class TaggedSocket(socket.socket):
    def __init__(self, *args, tag="none", **kwargs):
        super().__init__(*args, **kwargs)
        self.tag = tag

    def __repr__(self):
        return f"<TaggedSocket tag={self.tag} family={self.family!r}>"


s = TaggedSocket(socket.AF_INET, socket.SOCK_DGRAM, tag="udp")
print(s, s.tag, type(s).__mro__[1].__name__, isinstance(s, socket.socket))
s.close()


async def handle(reader, writer):
    data = await reader.read(10)
    raise RuntimeError(f"handler failed on {data!r}")


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"boom")
    await writer.drain()
    await asyncio.sleep(0.1)
    writer.close()
    server.close()
    await server.wait_closed()
    print("main done")

asyncio.run(main())
