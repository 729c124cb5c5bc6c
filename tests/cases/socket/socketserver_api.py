# socketserver's class attributes, the request-handler life cycle, manual
# bind/activate, verify_request, timeouts, datagram handlers, Unix sockets
# and threading options.
import os
import socket
import socketserver
import tempfile
import threading

for cls in (socketserver.TCPServer, socketserver.UDPServer,
            socketserver.UnixStreamServer, socketserver.UnixDatagramServer):
    print(cls.__name__, cls.address_family == socket.AF_INET,
          cls.socket_type == socket.SOCK_STREAM, cls.allow_reuse_address,
          getattr(cls, 'request_queue_size', None),
          getattr(cls, 'max_packet_size', None), cls.timeout)
print([c.__name__ for c in socketserver.ThreadingTCPServer.__mro__])
print([c.__name__ for c in socketserver.ThreadingUnixDatagramServer.__mro__])
print(socketserver.ThreadingMixIn.daemon_threads,
      socketserver.ThreadingMixIn.block_on_close)
print(socketserver.StreamRequestHandler.rbufsize,
      socketserver.StreamRequestHandler.wbufsize,
      socketserver.StreamRequestHandler.timeout,
      socketserver.StreamRequestHandler.disable_nagle_algorithm)
print(sorted(n for n in socketserver.__all__ if 'Fork' not in n))

events = []


class Lifecycle(socketserver.StreamRequestHandler):
    timeout = 5
    disable_nagle_algorithm = True

    def setup(self):
        events.append('setup')
        super().setup()
        events.append(('timeout', self.connection.gettimeout()))

    def handle(self):
        events.append(('server', self.server is srv, self.request is self.connection))
        line = self.rfile.readline()
        events.append(('line', line))
        n = self.wfile.write(b'got ' + line)
        events.append(('wrote', n, self.wfile.writable(),
                       self.wfile.fileno() == self.request.fileno()))
        self.wfile.write(memoryview(b'tail\n'))

    def finish(self):
        events.append('finish')
        super().finish()
        events.append(('closed', self.wfile.closed, self.rfile.closed))


srv = socketserver.TCPServer(('127.0.0.1', 0), Lifecycle, bind_and_activate=False)
print(srv.socket.type == socket.SOCK_STREAM, srv.server_address)
srv.allow_reuse_address = True
srv.server_bind()
print(srv.server_address[0], srv.server_address == srv.socket.getsockname(),
      srv.fileno() == srv.socket.fileno())
srv.server_activate()
t = threading.Thread(target=srv.handle_request)
t.start()
with socket.create_connection(srv.server_address) as c:
    c.sendall(b'first line\nsecond\n')
    data = b''
    while chunk := c.recv(100):
        data += chunk
print(data)
t.join()
for e in events:
    print(e)
srv.server_close()
print(srv.socket.fileno())


class Picky(socketserver.TCPServer):
    def verify_request(self, request, client_address):
        ok = request.recv(1) == b'y'
        print('verify', ok)
        return ok

    def handle_timeout(self):
        print('timed out')


class Reply(socketserver.BaseRequestHandler):
    def setup(self):
        print('handler setup', self.client_address[0])

    def handle(self):
        self.request.sendall(b'accepted')

    def finish(self):
        print('handler finish')


with Picky(('127.0.0.1', 0), Reply) as srv:
    for first in (b'n', b'y'):
        t = threading.Thread(target=srv.handle_request)
        t.start()
        with socket.create_connection(srv.server_address) as c:
            c.sendall(first)
            got = c.recv(100)
        t.join()
        print('client got', got)
    srv.timeout = 0.05
    print(srv.handle_request())


class Ticker(socketserver.TCPServer):
    ticks = 0

    def service_actions(self):
        Ticker.ticks += 1


with Ticker(('127.0.0.1', 0), Reply) as srv:
    t = threading.Thread(target=srv.serve_forever, args=(0.01,))
    t.start()
    while Ticker.ticks < 3:
        pass
    srv.shutdown()
    t.join()
print('ticks counted', Ticker.ticks >= 3)


class Upper(socketserver.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read()
        print('packet', self.packet, type(self.socket).__name__)
        self.wfile.write(data.upper())
        self.wfile.write(b'!')


with socketserver.UDPServer(('127.0.0.1', 0), Upper) as srv:
    srv.max_packet_size = 4
    t = threading.Thread(target=srv.handle_request)
    t.start()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as c:
        c.sendto(b'datagram', srv.server_address)
        print(c.recvfrom(100)[0])
    t.join()

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'sock')


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())


with socketserver.ThreadingUnixStreamServer(path, Echo) as srv:
    print(srv.server_address == path, srv.daemon_threads)
    t = threading.Thread(target=srv.serve_forever, args=(0.01,))
    t.start()
    with socket.socket(socket.AF_UNIX) as c:
        c.connect(path)
        f = c.makefile('rwb')
        f.write(b'abc\n')
        f.flush()
        print(f.readline())
        f.close()
    srv.shutdown()
    t.join()
os.remove(path)
os.rmdir(folder)


seen = []
handled = threading.Event()


class Slow(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.recv(10)
        seen.append(threading.current_thread().daemon)
        handled.set()


class DaemonServer(socketserver.ThreadingTCPServer):
    daemon_threads = True


with DaemonServer(('127.0.0.1', 0), Slow) as srv:
    t = threading.Thread(target=srv.handle_request)
    t.start()
    with socket.create_connection(srv.server_address) as c:
        c.sendall(b'x')
    t.join()
    handled.wait()
print('closed, daemon handler:', seen)
try:
    socketserver.TCPServer(('256.0.0.1', 0), Reply)
except OSError as e:
    print(type(e).__name__)
