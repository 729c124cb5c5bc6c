"""Servers that accept requests on a socket and hand each to a handler.

gilpy's socketserver. A server owns a bound socket; for every request it
creates an instance of its RequestHandlerClass, whose setup(), handle()
and finish() methods do the work. Servers handle one request at a time
unless ThreadingMixIn gives each its own thread.

The hook methods keep CPython's names and calling order, since subclasses
override them and tracebacks through them show them. gilpy has no
os.fork, so (as on CPython builds without fork) there are no Forking*
classes.
"""

import selectors
import socket
import sys
import threading
from io import BufferedIOBase, BytesIO
from time import monotonic

__version__ = "0.4"

__all__ = [
    "BaseServer", "TCPServer", "UDPServer", "ThreadingMixIn",
    "ThreadingTCPServer", "ThreadingUDPServer",
    "UnixStreamServer", "UnixDatagramServer",
    "ThreadingUnixStreamServer", "ThreadingUnixDatagramServer",
    "BaseRequestHandler", "StreamRequestHandler", "DatagramRequestHandler",
]

# poll() has no limit on descriptor numbers, unlike select().
_Watcher = getattr(selectors, 'PollSelector', selectors.SelectSelector)


class BaseServer:
    """The request loop, independent of the kind of socket.

    Subclasses supply fileno() and get_request(); the remaining methods
    are hooks with harmless defaults.
    """

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        # Set when serve_forever() returns; shutdown() waits for it.
        self._loop_finished = threading.Event()
        self._stop_wanted = False

    def _hook(self, *args):
        """A hook that does nothing until a subclass overrides it."""

    # Called after binding; TCP servers start listening here.
    server_activate = _hook
    # Called once per turn of serve_forever()'s loop.
    service_actions = _hook
    # Called when handle_request() waited in vain.
    handle_timeout = _hook
    server_close = _hook
    close_request = _hook

    def serve_forever(self, poll_interval=0.5):
        """Handle requests until shutdown() is called.

        The loop wakes at least every `poll_interval` seconds to notice a
        shutdown and to run service_actions().
        """
        self._loop_finished.clear()
        try:
            with _Watcher() as watcher:
                watcher.register(self, selectors.EVENT_READ)
                while not self._stop_wanted:
                    ready = watcher.select(poll_interval)
                    if self._stop_wanted:
                        break
                    if ready:
                        self._handle_request_noblock()  # CPython: socketserver.py:238
                    self.service_actions()
        finally:
            self._stop_wanted = False
            self._loop_finished.set()

    def shutdown(self):
        """Stop serve_forever() and wait for it to finish. Calling this
        from the thread running serve_forever() deadlocks."""
        self._stop_wanted = True
        self._loop_finished.wait()

    def handle_request(self):
        """Wait for and handle one request, or call handle_timeout() when
        the shorter of the socket's and the server's timeout passes."""
        limits = [t for t in (self.socket.gettimeout(), self.timeout)
                  if t is not None]
        wait = min(limits) if limits else None
        deadline = None if wait is None else monotonic() + wait
        with _Watcher() as watcher:
            watcher.register(self, selectors.EVENT_READ)
            while not watcher.select(wait):
                if deadline is not None:
                    wait = deadline - monotonic()
                    if wait < 0:
                        return self.handle_timeout()  # CPython: socketserver.py:302
            return self._handle_request_noblock()  # CPython: socketserver.py:297

    def _handle_request_noblock(self):
        """Accept one waiting request and process it, reporting any
        Exception through handle_error()."""
        try:
            request, client_address = self.get_request()
        except OSError:
            return  # e.g. the connection was reset before accept()
        if not self.verify_request(request, client_address):
            self.shutdown_request(request)
            return
        processed = False
        try:
            self.process_request(request, client_address)  # CPython: socketserver.py:317
            processed = True
        except Exception:
            self.handle_error(request, client_address)
        finally:
            # process_request() disposes of the request when it succeeds.
            if not processed:
                self.shutdown_request(request)

    def verify_request(self, request, client_address):
        """Return False to refuse the request unprocessed."""
        return True

    def process_request(self, request, client_address):
        self.finish_request(request, client_address)  # CPython: socketserver.py:348
        self.shutdown_request(request)

    def finish_request(self, request, client_address):
        self.RequestHandlerClass(request, client_address, self)  # CPython: socketserver.py:361

    def shutdown_request(self, request):
        self.close_request(request)

    def handle_error(self, request, client_address):
        """Print the current exception, between rules, to stderr; serving
        goes on."""
        import traceback
        rule = '-' * 40 + '\n'
        sys.stderr.write(f'{rule}Exception occurred during processing of '
                         f'request from {client_address}\n')
        traceback.print_exc()
        sys.stderr.write(rule)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.server_close()


class TCPServer(BaseServer):
    """A server on a stream socket; each request is an accepted connection."""

    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False
    allow_reuse_port = False

    def __init__(self, server_address, RequestHandlerClass,
                 bind_and_activate=True):
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if not bind_and_activate:
            return
        try:
            self.server_bind()  # CPython: socketserver.py:456
            self.server_activate()  # CPython: socketserver.py:457
        except BaseException:
            self.server_close()
            raise

    def server_bind(self):
        """Bind the socket; server_address becomes the actual address
        (with the port chosen when 0 was asked for)."""
        for wanted, option in ((self.allow_reuse_address, 'SO_REUSEADDR'),
                               (self.allow_reuse_port, 'SO_REUSEPORT')):
            if wanted and hasattr(socket, option):
                self.socket.setsockopt(socket.SOL_SOCKET,
                                       getattr(socket, option), 1)
        self.socket.bind(self.server_address)  # CPython: socketserver.py:472
        self.server_address = self.socket.getsockname()

    def server_activate(self):
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        self.socket.close()

    def fileno(self):
        return self.socket.fileno()

    def get_request(self):
        return self.socket.accept()

    def shutdown_request(self, request):
        # Half-close first so the client sees end of data; the peer may
        # already be gone, which is no error here.
        try:
            request.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.close_request(request)

    def close_request(self, request):
        request.close()


class UDPServer(TCPServer):
    """A server on a datagram socket; each request is one packet, given to
    the handler as (data, server socket)."""

    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192

    def get_request(self):
        packet, sender = self.socket.recvfrom(self.max_packet_size)
        return (packet, self.socket), sender

    # Datagram sockets do not listen, and a request's socket is the
    # server's own: there is nothing to activate, shut down or close.
    server_activate = BaseServer._hook
    shutdown_request = BaseServer.shutdown_request
    close_request = BaseServer._hook


class ThreadingMixIn:
    """Handle each request in a new thread. Put it before the server class
    among the bases so its process_request() wins."""

    daemon_threads = False
    # Whether server_close() waits for the non-daemon request threads.
    block_on_close = True
    _workers = ()

    def process_request_thread(self, request, client_address):
        try:
            self.finish_request(request, client_address)  # CPython: socketserver.py:691
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def process_request(self, request, client_address):
        worker = threading.Thread(target=self.process_request_thread,
                                  args=(request, client_address))
        worker.daemon = self.daemon_threads
        if self.block_on_close and not worker.daemon:
            # Forget finished threads so a long-lived server does not
            # accumulate them.
            self._workers = [t for t in self._workers if t.is_alive()]
            self._workers.append(worker)
        worker.start()

    def server_close(self):
        super().server_close()
        workers, self._workers = self._workers, []
        for worker in workers:
            worker.join()


class ThreadingUDPServer(ThreadingMixIn, UDPServer):
    pass


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass


class UnixStreamServer(TCPServer):
    address_family = socket.AF_UNIX


class UnixDatagramServer(UDPServer):
    address_family = socket.AF_UNIX


class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer):
    pass


class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer):
    pass


class BaseRequestHandler:
    """Handles one request: construction runs setup(), handle() and,
    even if handle() raised, finish()."""

    def __init__(self, request, client_address, server):
        self.request = request
        self.client_address = client_address
        self.server = server
        self.setup()  # CPython: socketserver.py:753
        try:
            self.handle()  # CPython: socketserver.py:755
        finally:
            self.finish()  # CPython: socketserver.py:757

    def setup(self):
        pass

    def handle(self):
        pass

    def finish(self):
        pass


class StreamRequestHandler(BaseRequestHandler):
    """A handler for connections, with file objects `rfile` to read the
    request and `wfile` to write the reply."""

    rbufsize = -1
    # 0: every wfile.write() is sent at once.
    wbufsize = 0
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        conn = self.connection = self.request
        if self.timeout is not None:
            conn.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = conn.makefile('rb', self.rbufsize)
        if self.wbufsize:
            self.wfile = conn.makefile('wb', self.wbufsize)
        else:
            self.wfile = _SocketWriter(conn)

    def finish(self):
        if not self.wfile.closed:
            try:
                self.wfile.flush()
            except OSError:
                pass  # the client has gone; there is no one to tell
        self.wfile.close()
        self.rfile.close()


class _SocketWriter(BufferedIOBase):
    """An unbuffered binary writer straight onto a socket."""

    def __init__(self, sock):
        self._sock = sock

    def writable(self):
        return True

    def write(self, b):
        self._sock.sendall(b)  # CPython: socketserver.py:834
        return memoryview(b).nbytes

    def fileno(self):
        return self._sock.fileno()


class DatagramRequestHandler(BaseRequestHandler):
    """A handler for packets: `rfile` reads the packet, and what is
    written to `wfile` is sent back to the client as one packet."""

    def setup(self):
        packet, sock = self.request
        self.packet, self.socket = packet, sock
        self.rfile, self.wfile = BytesIO(packet), BytesIO()

    def finish(self):
        self.socket.sendto(self.wfile.getvalue(), self.client_address)  # CPython: socketserver.py:852
