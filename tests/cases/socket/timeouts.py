import socket, time
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
print(srv.gettimeout(), srv.getblocking())
srv.settimeout(0.1)
print(srv.gettimeout(), srv.getblocking())
t0 = time.monotonic()
try:
    srv.accept()
except socket.timeout as e:
    print("accept timed out:", e, type(e).__name__, time.monotonic() - t0 >= 0.09)
c = socket.create_connection(srv.getsockname())
conn, addr = srv.accept()
print(conn.gettimeout(), addr[0])
conn.settimeout(0.05)
try:
    conn.recv(10)
except TimeoutError as e:
    print("recv timed out:", e)
conn.setblocking(False)
print(conn.gettimeout())
try:
    conn.recv(10)
except BlockingIOError as e:
    print("would block:", e.errno, e)
c.sendall(b"late")
time.sleep(0.05)
print(conn.recv(10))
for sock in (c, conn, srv):
    sock.close()
socket.setdefaulttimeout(2.5)
print(socket.getdefaulttimeout(), socket.socket().gettimeout())
socket.setdefaulttimeout(None)
print(socket.getdefaulttimeout())
