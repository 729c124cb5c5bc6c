import socket
import time

a, b = socket.socketpair()
b.settimeout(0.1)
f = b.makefile("rb")
try:
    f.readline()
except TimeoutError as e:
    print("readline:", type(e).__name__, e)
a.sendall(b"now\n")
try:
    f.readline()
except OSError as e:
    print("after a timeout:", e)
print(b.recv(10))
f.close()
srv = socket.create_server(("127.0.0.1", 0))
srv.settimeout(0)
try:
    srv.accept()
except BlockingIOError as e:
    print("BlockingIOError", e.errno, e.strerror)
c = socket.socket()
c.setblocking(False)
err = c.connect_ex(srv.getsockname())
print("connect_ex non-blocking:", err in (0, 115))
time.sleep(0.05)
conn, _ = srv.accept()
print(conn.gettimeout(), conn.getblocking())
c.close(); conn.close(); srv.close(); a.close(); b.close()
s = socket.socket()
for bad in (-1, "x", float("nan")):
    try:
        s.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
s.close()
