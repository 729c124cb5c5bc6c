import socket
import threading

a, b = socket.socketpair()
print(a.family, a.type, repr(a.family), repr(a.type))

def pong(sock):
    for _ in range(3):
        msg = sock.recv(100)
        sock.sendall(msg.replace(b"ping", b"pong"))

t = threading.Thread(target=pong, args=(b,))
t.start()
for i in range(3):
    a.sendall(f"ping {i}".encode())
    print(a.recv(100).decode())
t.join()
a.close()
b.close()
print(a)
