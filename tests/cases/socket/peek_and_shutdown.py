import socket
a, b = socket.socketpair()
a.sendall(b"hello world")
print(b.recv(5, socket.MSG_PEEK))
print(b.recv(5))
print(b.recv(100))
a.shutdown(socket.SHUT_WR)
print(b.recv(100))
b.sendall(b"still open the other way")
print(a.recv(100))
b.close()
print(a.recv(100))
try:
    for _ in range(3):
        a.sendall(b"x" * 100000)
except (BrokenPipeError, ConnectionResetError) as e:
    print(type(e).__name__, e.errno)
a.close()
try:
    a.shutdown(socket.SHUT_RDWR)
except OSError as e:
    print(e)
