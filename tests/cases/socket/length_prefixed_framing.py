# Length-prefixed message framing with struct, and JSON messages.
import json
import socket
import struct
import threading


def send_msg(sock, obj):
    payload = json.dumps(obj).encode()
    sock.sendall(struct.pack(">I", len(payload)) + payload)


def recv_exactly(sock, n):
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("peer closed")
        buf.extend(chunk)
    return bytes(buf)


def recv_msg(sock):
    (length,) = struct.unpack(">I", recv_exactly(sock, 4))
    return json.loads(recv_exactly(sock, length))


a, b = socket.socketpair()


def service():
    while True:
        try:
            req = recv_msg(b)
        except ConnectionError as e:
            print("service:", e)
            return
        send_msg(b, {"id": req["id"], "sum": sum(req["values"])})


t = threading.Thread(target=service)
t.start()
for i in range(4):
    send_msg(a, {"id": i, "values": list(range(i * 1000))})
    print(recv_msg(a))
a.close()
t.join()
b.close()
