"""Generic socket server classes: CPython 3.11's Lib/socketserver.py, unchanged
but for its docstrings and comments."""

__version__ = "0.4"


import socket
import selectors
import os
import sys
import threading
from io import BufferedIOBase
from time import monotonic as time

__all__ = ["BaseServer", "TCPServer", "UDPServer",
           "ThreadingUDPServer", "ThreadingTCPServer",
           "BaseRequestHandler", "StreamRequestHandler",
           "DatagramRequestHandler", "ThreadingMixIn"]
if hasattr(os, "fork"):
    __all__.extend(["ForkingUDPServer","ForkingTCPServer", "ForkingMixIn"])
if hasattr(socket, "AF_UNIX"):
    __all__.extend(["UnixStreamServer","UnixDatagramServer",
                    "ThreadingUnixStreamServer",
                    "ThreadingUnixDatagramServer"])

if hasattr(selectors, 'PollSelector'):
    _ServerSelector = selectors.PollSelector
else:
    _ServerSelector = selectors.SelectSelector


class BaseServer:
    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        self.__is_shut_down = threading.Event()  # CPython: socketserver.py:205
        self.__shutdown_request = False

    def server_activate(self):
        pass

    def serve_forever(self, poll_interval=0.5):
        self.__is_shut_down.clear()  # CPython: socketserver.py:223
        try:
            with _ServerSelector() as selector:  # CPython: socketserver.py:229
                selector.register(self, selectors.EVENT_READ)  # CPython: socketserver.py:230

                while not self.__shutdown_request:
                    ready = selector.select(poll_interval)  # CPython: socketserver.py:233
                    if self.__shutdown_request:
                        break
                    if ready:
                        self._handle_request_noblock()  # CPython: socketserver.py:238

                    self.service_actions()  # CPython: socketserver.py:240
        finally:
            self.__shutdown_request = False
            self.__is_shut_down.set()  # CPython: socketserver.py:243

    def shutdown(self):
        self.__shutdown_request = True
        self.__is_shut_down.wait()  # CPython: socketserver.py:253

    def service_actions(self):
        pass


    def handle_request(self):
        timeout = self.socket.gettimeout()  # CPython: socketserver.py:281
        if timeout is None:
            timeout = self.timeout
        elif self.timeout is not None:
            timeout = min(timeout, self.timeout)  # CPython: socketserver.py:285
        if timeout is not None:
            deadline = time() + timeout  # CPython: socketserver.py:287

        with _ServerSelector() as selector:  # CPython: socketserver.py:291
            selector.register(self, selectors.EVENT_READ)  # CPython: socketserver.py:292

            while True:
                ready = selector.select(timeout)  # CPython: socketserver.py:295
                if ready:
                    return self._handle_request_noblock()  # CPython: socketserver.py:297
                else:
                    if timeout is not None:
                        timeout = deadline - time()  # CPython: socketserver.py:300
                        if timeout < 0:
                            return self.handle_timeout()  # CPython: socketserver.py:302

    def _handle_request_noblock(self):
        try:
            request, client_address = self.get_request()  # CPython: socketserver.py:312
        except OSError:
            return
        if self.verify_request(request, client_address):  # CPython: socketserver.py:315
            try:
                self.process_request(request, client_address)  # CPython: socketserver.py:317
            except Exception:
                self.handle_error(request, client_address)  # CPython: socketserver.py:319
                self.shutdown_request(request)
            except:
                self.shutdown_request(request)
                raise  # CPython: socketserver.py:323
        else:
            self.shutdown_request(request)

    def handle_timeout(self):
        pass

    def verify_request(self, request, client_address):
        return True

    def process_request(self, request, client_address):
        self.finish_request(request, client_address)  # CPython: socketserver.py:348
        self.shutdown_request(request)  # CPython: socketserver.py:349

    def server_close(self):
        pass

    def finish_request(self, request, client_address):
        self.RequestHandlerClass(request, client_address, self)  # CPython: socketserver.py:361

    def shutdown_request(self, request):
        self.close_request(request)  # CPython: socketserver.py:365

    def close_request(self, request):
        pass

    def handle_error(self, request, client_address):
        print('-'*40, file=sys.stderr)
        print('Exception occurred during processing of request from',  # CPython: socketserver.py:378
            client_address, file=sys.stderr)
        import traceback
        traceback.print_exc()  # CPython: socketserver.py:381
        print('-'*40, file=sys.stderr)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.server_close()  # CPython: socketserver.py:388


class TCPServer(BaseServer):
    address_family = socket.AF_INET

    socket_type = socket.SOCK_STREAM

    request_queue_size = 5

    allow_reuse_address = False

    allow_reuse_port = False

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        BaseServer.__init__(self, server_address, RequestHandlerClass)  # CPython: socketserver.py:451
        self.socket = socket.socket(self.address_family,  # CPython: socketserver.py:452
                                    self.socket_type)
        if bind_and_activate:
            try:
                self.server_bind()  # CPython: socketserver.py:456
                self.server_activate()  # CPython: socketserver.py:457
            except:
                self.server_close()  # CPython: socketserver.py:459
                raise  # CPython: socketserver.py:460

    def server_bind(self):
        if self.allow_reuse_address and hasattr(socket, "SO_REUSEADDR"):  # CPython: socketserver.py:468
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # CPython: socketserver.py:469
        if self.allow_reuse_port and hasattr(socket, "SO_REUSEPORT"):  # CPython: socketserver.py:470
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)  # CPython: socketserver.py:471
        self.socket.bind(self.server_address)  # CPython: socketserver.py:472
        self.server_address = self.socket.getsockname()  # CPython: socketserver.py:473

    def server_activate(self):
        self.socket.listen(self.request_queue_size)  # CPython: socketserver.py:481

    def server_close(self):
        self.socket.close()  # CPython: socketserver.py:489

    def fileno(self):
        return self.socket.fileno()  # CPython: socketserver.py:497

    def get_request(self):
        return self.socket.accept()  # CPython: socketserver.py:505

    def shutdown_request(self, request):
        try:
            request.shutdown(socket.SHUT_WR)  # CPython: socketserver.py:512
        except OSError:
            pass #some platforms may raise ENOTCONN here
        self.close_request(request)  # CPython: socketserver.py:515

    def close_request(self, request):
        request.close()  # CPython: socketserver.py:519


class UDPServer(TCPServer):
    allow_reuse_address = False

    allow_reuse_port = False

    socket_type = socket.SOCK_DGRAM

    max_packet_size = 8192

    def get_request(self):
        data, client_addr = self.socket.recvfrom(self.max_packet_size)  # CPython: socketserver.py:535
        return (data, self.socket), client_addr  # CPython: socketserver.py:536

    def server_activate(self):
        pass

    def shutdown_request(self, request):
        self.close_request(request)  # CPython: socketserver.py:544

    def close_request(self, request):
        pass

if hasattr(os, "fork"):
    class ForkingMixIn:
        timeout = 300
        active_children = None
        max_children = 40
        block_on_close = True

        def collect_children(self, *, blocking=False):
            if self.active_children is None:
                return

            while len(self.active_children) >= self.max_children:
                try:
                    pid, _ = os.waitpid(-1, 0)
                    self.active_children.discard(pid)
                except ChildProcessError:
                    self.active_children.clear()
                except OSError:
                    break

            for pid in self.active_children.copy():
                try:
                    flags = 0 if blocking else os.WNOHANG
                    pid, _ = os.waitpid(pid, flags)
                    self.active_children.discard(pid)
                except ChildProcessError:
                    self.active_children.discard(pid)
                except OSError:
                    pass

        def handle_timeout(self):
            self.collect_children()

        def service_actions(self):
            self.collect_children()

        def process_request(self, request, client_address):
            pid = os.fork()
            if pid:
                if self.active_children is None:
                    self.active_children = set()
                self.active_children.add(pid)
                self.close_request(request)
                return
            else:
                status = 1
                try:
                    self.finish_request(request, client_address)
                    status = 0
                except Exception:
                    self.handle_error(request, client_address)
                finally:
                    try:
                        self.shutdown_request(request)
                    finally:
                        os._exit(status)

        def server_close(self):
            super().server_close()
            self.collect_children(blocking=self.block_on_close)


class _Threads(list):
    def append(self, thread):
        self.reap()  # CPython: socketserver.py:644
        if thread.daemon:
            return
        super().append(thread)  # CPython: socketserver.py:647

    def pop_all(self):
        self[:], result = [], self[:]
        return result

    def join(self):
        for thread in self.pop_all():  # CPython: socketserver.py:654
            thread.join()  # CPython: socketserver.py:655

    def reap(self):
        self[:] = (thread for thread in self if thread.is_alive())  # CPython: socketserver.py:658


class _NoThreads:
    def append(self, thread):
        pass

    def join(self):
        pass


class ThreadingMixIn:
    daemon_threads = False
    block_on_close = True
    _threads = _NoThreads()

    def process_request_thread(self, request, client_address):
        try:
            self.finish_request(request, client_address)  # CPython: socketserver.py:691
        except Exception:
            self.handle_error(request, client_address)  # CPython: socketserver.py:693
        finally:
            self.shutdown_request(request)  # CPython: socketserver.py:695

    def process_request(self, request, client_address):
        if self.block_on_close:
            vars(self).setdefault('_threads', _Threads())  # CPython: socketserver.py:700
        t = threading.Thread(target = self.process_request_thread,  # CPython: socketserver.py:701
                             args = (request, client_address))  # CPython: socketserver.py:702
        t.daemon = self.daemon_threads
        self._threads.append(t)  # CPython: socketserver.py:704
        t.start()  # CPython: socketserver.py:705

    def server_close(self):
        super().server_close()  # CPython: socketserver.py:708
        self._threads.join()  # CPython: socketserver.py:709


if hasattr(os, "fork"):
    class ForkingUDPServer(ForkingMixIn, UDPServer): pass
    class ForkingTCPServer(ForkingMixIn, TCPServer): pass

class ThreadingUDPServer(ThreadingMixIn, UDPServer): pass
class ThreadingTCPServer(ThreadingMixIn, TCPServer): pass

if hasattr(socket, 'AF_UNIX'):

    class UnixStreamServer(TCPServer):
        address_family = socket.AF_UNIX

    class UnixDatagramServer(UDPServer):
        address_family = socket.AF_UNIX

    class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer): pass

    class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer): pass

class BaseRequestHandler:
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
    rbufsize = -1
    wbufsize = 0

    timeout = None

    disable_nagle_algorithm = False

    def setup(self):
        self.connection = self.request
        if self.timeout is not None:
            self.connection.settimeout(self.timeout)  # CPython: socketserver.py:801
        if self.disable_nagle_algorithm:
            self.connection.setsockopt(socket.IPPROTO_TCP,  # CPython: socketserver.py:803
                                       socket.TCP_NODELAY, True)
        self.rfile = self.connection.makefile('rb', self.rbufsize)  # CPython: socketserver.py:805
        if self.wbufsize == 0:
            self.wfile = _SocketWriter(self.connection)  # CPython: socketserver.py:807
        else:
            self.wfile = self.connection.makefile('wb', self.wbufsize)  # CPython: socketserver.py:809

    def finish(self):
        if not self.wfile.closed:
            try:
                self.wfile.flush()  # CPython: socketserver.py:814
            except socket.error:
                pass
        self.wfile.close()  # CPython: socketserver.py:819
        self.rfile.close()  # CPython: socketserver.py:820

class _SocketWriter(BufferedIOBase):
    def __init__(self, sock):
        self._sock = sock

    def writable(self):
        return True

    def write(self, b):
        self._sock.sendall(b)  # CPython: socketserver.py:834
        with memoryview(b) as view:  # CPython: socketserver.py:835
            return view.nbytes

    def fileno(self):
        return self._sock.fileno()  # CPython: socketserver.py:839

class DatagramRequestHandler(BaseRequestHandler):
    def setup(self):
        from io import BytesIO
        self.packet, self.socket = self.request
        self.rfile = BytesIO(self.packet)  # CPython: socketserver.py:848
        self.wfile = BytesIO()  # CPython: socketserver.py:849

    def finish(self):
        self.socket.sendto(self.wfile.getvalue(), self.client_address)  # CPython: socketserver.py:852
