import socket
import threading

server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind(("127.0.0.1", 0))
addr = server.getsockname()
print(server.type, repr(server.type))


def serve(n):
    for _ in range(n):
        data, client = server.recvfrom(1024)
        server.sendto(data[::-1], client)


t = threading.Thread(target=serve, args=(3,))
t.start()
client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
client.settimeout(2)
for word in [b"hello", b"datagram", b"world"]:
    client.sendto(word, addr)
    data, server_addr = client.recvfrom(1024)
    print(data, server_addr == addr)
t.join()
client.close()
server.close()
try:
    client.sendto(b"x", addr)
except OSError as e:
    print(e)
try:
    socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"x")
except TypeError as e:
    print(e)
