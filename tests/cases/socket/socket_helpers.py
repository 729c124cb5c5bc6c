# The socket class's reprs, dup/fromfd/detach, close with open makefile()
# streams, sendfile argument handling, and the module helpers
# create_server, create_connection (all_errors) and getaddrinfo.
import os
import socket
import tempfile

s = socket.socket()
print(repr(s).split(', laddr')[0])
s.bind(('127.0.0.1', 0))
port = s.getsockname()[1]
print(repr(s).replace(str(port), 'PORT'))
s.close()
print(repr(s))
u = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
print(repr(u).split(' fd=')[0], type(u.family).__name__, u.type)
u.close()

srv = socket.create_server(('127.0.0.1', 0), backlog=2)
port = srv.getsockname()[1]
print(srv.type, srv.family, srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
try:
    socket.create_server(('127.0.0.1', port))
except OSError as e:
    print(type(e).__name__, e.errno, str(e).replace(str(port), 'PORT'))
try:
    socket.create_server(('127.0.0.1', 0), dualstack_ipv6=True)
except ValueError as e:
    print('ValueError:', e)
v6 = socket.create_server(('::1', 0), family=socket.AF_INET6)
print(v6.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
v6.close()

c = socket.create_connection(('127.0.0.1', port), timeout=3)
conn, addr = srv.accept()
print(c.gettimeout(), conn.gettimeout(), addr[0], conn.getpeername() == c.getsockname())
twin = c.dup()
print(twin.gettimeout(), twin.fileno() != c.fileno(), type(twin).__name__)
twin.close()
copy = socket.fromfd(conn.fileno(), socket.AF_INET, socket.SOCK_STREAM)
print(copy.family, copy.type, copy.fileno() != conn.fileno())
copy.close()

stream = c.makefile('wb')
c.close()
print(c._closed, c.fileno() >= 0)
stream.write(b'still open\n')
stream.close()
print(c.fileno(), conn.recv(100))
try:
    conn.makefile('rx')
except ValueError as e:
    print('ValueError:', e)

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'data.bin')
with open(path, 'wb') as f:
    f.write(bytes(range(256)) * 100)
a, b = socket.socketpair()
with open(path, 'rb') as f:
    print(a.sendfile(f, offset=10, count=20), f.tell())
    print(b.recv(100) == bytes(range(10, 30)))
    f.seek(0)
    print(a.sendfile(f, 25000), f.tell())
    got = b''
    while len(got) < 600:
        got += b.recv(1000)
    print(len(got), got[:3])
    for bad in ('3', 0, -1):
        try:
            a.sendfile(f, count=bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
with open(path, 'r') as f:
    try:
        a.sendfile(f)
    except ValueError as e:
        print('ValueError:', e)
d = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
with open(path, 'rb') as f:
    try:
        d.sendfile(f)
    except ValueError as e:
        print('ValueError:', e)
    a.setblocking(False)
    try:
        a.sendfile(f)
    except ValueError as e:
        print('ValueError:', e)
d.close()
os.remove(path)
os.rmdir(folder)
print(type(a).__name__, a.family, type(a.type).__name__)
fd = a.detach()
print(a.fileno(), repr(a).split(' fd')[0])
socket.socket(fileno=fd).close()
b.close()
conn.close()

srv.close()
try:
    socket.create_connection(('127.0.0.1', port), all_errors=True)
except ExceptionGroup as eg:
    print(repr(eg.message), [type(e).__name__ for e in eg.exceptions])
try:
    socket.create_connection(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print('refused', e.errno)

info = socket.getaddrinfo('127.0.0.1', 80, type=socket.SOCK_STREAM)
print(info)
print(socket.getaddrinfo('127.0.0.1', 'http', socket.AF_INET, socket.SOCK_DGRAM))
