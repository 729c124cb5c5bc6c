import hashlib
import socket
import threading

payload = bytes(range(256)) * 4096 * 2  # 2 MiB
a, b = socket.socketpair()


def send():
    a.sendall(payload)
    a.shutdown(socket.SHUT_WR)


t = threading.Thread(target=send)
t.start()
chunks = []
buf = bytearray(65536)
total = 0
while True:
    n = b.recv_into(buf)
    if not n:
        break
    chunks.append(bytes(buf[:n]))
    total += n
t.join()
data = b"".join(chunks)
print(total, len(payload), data == payload)
print(hashlib.sha256(data).hexdigest()[:16])
a.close(); b.close()
