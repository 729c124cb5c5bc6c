"""asyncio's networking, after CPython 3.11's asyncio/selector_events.py,
base_events.py, protocols.py, transports.py and trsock.py: protocols and socket
transports, servers, and the event loop's socket methods (sock_recv, sock_connect,
create_connection, create_server ...), over the loop's add_reader/add_writer."""

import collections.abc
import errno
import functools
import os
import socket
import stat

# asyncio imports this module half-way through its own body, for its loop class: what
# this module needs from asyncio is looked up when called.
import asyncio as _asyncio


# ---- protocols -------------------------------------------------------------

class BaseProtocol:
    __slots__ = ()

    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):
    __slots__ = ()

    def data_received(self, data):
        pass

    def eof_received(self):
        pass


class BufferedProtocol(BaseProtocol):
    __slots__ = ()

    def get_buffer(self, sizehint):
        raise NotImplementedError

    def buffer_updated(self, nbytes):
        raise NotImplementedError

    def eof_received(self):
        pass


class DatagramProtocol(BaseProtocol):
    __slots__ = ()

    def datagram_received(self, data, addr):
        pass

    def error_received(self, exc):
        pass


# ---- transports ------------------------------------------------------------

class BaseTransport:
    __slots__ = ('_extra',)

    def __init__(self, extra=None):
        if extra is None:
            extra = {}
        self._extra = extra

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)  # CPython: asyncio/transports.py:21

    def is_closing(self):
        raise NotImplementedError  # CPython: asyncio/transports.py:25

    def close(self):
        raise NotImplementedError  # CPython: asyncio/transports.py:35

    def set_protocol(self, protocol):
        raise NotImplementedError  # CPython: asyncio/transports.py:39

    def get_protocol(self):
        raise NotImplementedError  # CPython: asyncio/transports.py:43


class ReadTransport(BaseTransport):
    __slots__ = ()

    def is_reading(self):
        raise NotImplementedError  # CPython: asyncio/transports.py:53

    def pause_reading(self):
        raise NotImplementedError  # CPython: asyncio/transports.py:61

    def resume_reading(self):
        raise NotImplementedError  # CPython: asyncio/transports.py:69


class WriteTransport(BaseTransport):
    __slots__ = ()

    def set_write_buffer_limits(self, high=None, low=None):
        raise NotImplementedError  # CPython: asyncio/transports.py:96

    def get_write_buffer_size(self):
        raise NotImplementedError  # CPython: asyncio/transports.py:100

    def get_write_buffer_limits(self):
        raise NotImplementedError  # CPython: asyncio/transports.py:106

    def write(self, data):
        raise NotImplementedError  # CPython: asyncio/transports.py:114

    def writelines(self, list_of_data):
        data = b''.join(list_of_data)  # CPython: asyncio/transports.py:122
        self.write(data)  # CPython: asyncio/transports.py:123

    def write_eof(self):
        raise NotImplementedError  # CPython: asyncio/transports.py:132

    def can_write_eof(self):
        raise NotImplementedError  # CPython: asyncio/transports.py:136

    def abort(self):
        raise NotImplementedError  # CPython: asyncio/transports.py:145


class Transport(ReadTransport, WriteTransport):
    __slots__ = ()


class DatagramTransport(BaseTransport):
    __slots__ = ()

    def sendto(self, data, addr=None):
        raise NotImplementedError  # CPython: asyncio/transports.py:185

    def abort(self):
        raise NotImplementedError  # CPython: asyncio/transports.py:194


class _FlowControlMixin(Transport):
    """Pauses the protocol's writing while the write buffer is above the high-water
    mark, and resumes it below the low one."""

    __slots__ = ('_loop', '_protocol_paused', '_high_water', '_low_water')

    def __init__(self, extra=None, loop=None):
        super().__init__(extra)  # CPython: asyncio/transports.py:271
        assert loop is not None
        self._loop = loop
        self._protocol_paused = False
        self._set_write_buffer_limits()  # CPython: asyncio/transports.py:275

    def _maybe_pause_protocol(self):
        size = self.get_write_buffer_size()  # CPython: asyncio/transports.py:278
        if size <= self._high_water:
            return
        if not self._protocol_paused:
            self._protocol_paused = True
            try:
                self._protocol.pause_writing()  # CPython: asyncio/transports.py:284
            except (SystemExit, KeyboardInterrupt):  # CPython: asyncio/transports.py:285
                raise  # CPython: asyncio/transports.py:286
            except BaseException as exc:
                self._loop.call_exception_handler({  # CPython: asyncio/transports.py:288
                    'message': 'protocol.pause_writing() failed',  # CPython: asyncio/transports.py:289
                    'exception': exc,
                    'transport': self,
                    'protocol': self._protocol,
                })

    def _maybe_resume_protocol(self):
        if (self._protocol_paused and  # CPython: asyncio/transports.py:296
                self.get_write_buffer_size() <= self._low_water):  # CPython: asyncio/transports.py:297
            self._protocol_paused = False
            try:
                self._protocol.resume_writing()  # CPython: asyncio/transports.py:300
            except (SystemExit, KeyboardInterrupt):  # CPython: asyncio/transports.py:301
                raise  # CPython: asyncio/transports.py:302
            except BaseException as exc:
                self._loop.call_exception_handler({  # CPython: asyncio/transports.py:304
                    'message': 'protocol.resume_writing() failed',  # CPython: asyncio/transports.py:305
                    'exception': exc,
                    'transport': self,
                    'protocol': self._protocol,
                })

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)  # CPython: asyncio/transports.py:312

    def _set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            if low is None:
                high = 64 * 1024
            else:
                high = 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(  # CPython: asyncio/transports.py:324
                f'high ({high!r}) must be >= low ({low!r}) must be >= 0')  # CPython: asyncio/transports.py:325
        self._high_water = high
        self._low_water = low

    def set_write_buffer_limits(self, high=None, low=None):
        self._set_write_buffer_limits(high=high, low=low)  # CPython: asyncio/transports.py:331
        self._maybe_pause_protocol()  # CPython: asyncio/transports.py:332

    def get_write_buffer_size(self):
        raise NotImplementedError  # CPython: asyncio/transports.py:335


class TransportSocket:
    """A socket handed out by transports and servers, without the methods that would
    disturb the transport."""

    __slots__ = ('_sock',)

    def __init__(self, sock):
        self._sock = sock

    @property
    def family(self):
        return self._sock.family

    @property
    def type(self):
        return self._sock.type

    @property
    def proto(self):
        return self._sock.proto

    def __repr__(self):
        s = (  # CPython: asyncio/trsock.py:31
            f"<asyncio.TransportSocket fd={self.fileno()}, "  # CPython: asyncio/trsock.py:32
            f"family={self.family!s}, type={self.type!s}, "
            f"proto={self.proto}"
        )
        if self.fileno() != -1:  # CPython: asyncio/trsock.py:37
            try:
                laddr = self.getsockname()  # CPython: asyncio/trsock.py:39
                if laddr:
                    s = f"{s}, laddr={laddr}"
            except socket.error:
                pass
            try:
                raddr = self.getpeername()  # CPython: asyncio/trsock.py:45
                if raddr:
                    s = f"{s}, raddr={raddr}"
            except socket.error:
                pass
        return f"{s}>"

    def fileno(self):
        return self._sock.fileno()  # CPython: asyncio/trsock.py:57

    def dup(self):
        return self._sock.dup()  # CPython: asyncio/trsock.py:60

    def get_inheritable(self):
        return False

    def shutdown(self, how):
        self._sock.shutdown(how)  # CPython: asyncio/trsock.py:68

    def getsockopt(self, *args, **kwargs):
        return self._sock.getsockopt(*args, **kwargs)  # CPython: asyncio/trsock.py:71

    def setsockopt(self, *args, **kwargs):
        self._sock.setsockopt(*args, **kwargs)  # CPython: asyncio/trsock.py:74

    def getpeername(self):
        return self._sock.getpeername()  # CPython: asyncio/trsock.py:77

    def getsockname(self):
        return self._sock.getsockname()  # CPython: asyncio/trsock.py:80

    def gettimeout(self):
        return 0

    def settimeout(self, value):
        if value == 0:
            return
        raise ValueError(  # CPython: asyncio/trsock.py:88
            'settimeout(): only 0 timeout is allowed on transport sockets')  # CPython: asyncio/trsock.py:89

    def getblocking(self):
        return False

    def setblocking(self, flag):
        if not flag:
            return
        raise ValueError(  # CPython: asyncio/trsock.py:97
            'setblocking(): transport sockets cannot be blocking')  # CPython: asyncio/trsock.py:98


class _SelectorTransport(_FlowControlMixin, Transport):
    max_size = 256 * 1024
    _buffer_factory = bytearray

    _sock = None

    def __init__(self, loop, sock, protocol, extra=None, server=None):
        super().__init__(extra, loop)  # CPython: asyncio/selector_events.py:765
        self._extra['socket'] = TransportSocket(sock)
        try:
            self._extra['sockname'] = sock.getsockname()  # CPython: asyncio/selector_events.py:768
        except OSError:
            self._extra['sockname'] = None
        if 'peername' not in self._extra:
            try:
                self._extra['peername'] = sock.getpeername()  # CPython: asyncio/selector_events.py:773
            except socket.error:
                self._extra['peername'] = None
        self._sock = sock
        self._sock_fd = sock.fileno()  # CPython: asyncio/selector_events.py:777
        self._protocol_connected = False
        self.set_protocol(protocol)  # CPython: asyncio/selector_events.py:780
        self._server = server
        self._buffer = self._buffer_factory()  # CPython: asyncio/selector_events.py:779
        self._conn_lost = 0
        self._closing = False
        if self._server is not None:
            self._server._attach()  # CPython: asyncio/selector_events.py:787

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._sock is None:
            info.append('closed')  # CPython: asyncio/selector_events.py:793
        elif self._closing:
            info.append('closing')  # CPython: asyncio/selector_events.py:795
        info.append(f'fd={self._sock_fd}')  # CPython: asyncio/selector_events.py:796
        if self._loop is not None and not self._loop.is_closed():  # CPython: asyncio/selector_events.py:798
            reading = self._sock_fd in self._loop._readers
            info.append('read=polling' if reading else 'read=idle')
            state = 'polling' if self._sock_fd in self._loop._writers else 'idle'
            info.append(f'write=<{state}, bufsize={self.get_write_buffer_size()}>')
        return '<{}>'.format(' '.join(info))  # CPython: asyncio/selector_events.py:816

    def abort(self):
        self._force_close(None)  # CPython: asyncio/selector_events.py:819

    def set_protocol(self, protocol):
        self._protocol = protocol
        self._protocol_connected = True

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop.remove_reader(self._sock_fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop.remove_writer(self._sock_fd)
            self._loop.call_soon(self._call_connection_lost, None)  # CPython: asyncio/selector_events.py:839

    def _fatal_error(self, exc, message='Fatal error on transport'):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({  # CPython: asyncio/selector_events.py:852
                'message': message,
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
        self._force_close(exc)  # CPython: asyncio/selector_events.py:858

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()  # CPython: asyncio/selector_events.py:864
            self._loop.remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop.remove_reader(self._sock_fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)  # CPython: asyncio/selector_events.py:870

    def _call_connection_lost(self, exc):
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)  # CPython: asyncio/selector_events.py:875
        finally:
            self._sock.close()  # CPython: asyncio/selector_events.py:877
            self._sock = None
            self._protocol = None
            self._loop = None
            server = self._server
            if server is not None:
                server._detach()  # CPython: asyncio/selector_events.py:883
                self._server = None

    def get_write_buffer_size(self):
        return len(self._buffer)  # CPython: asyncio/selector_events.py:887

    def _add_reader(self, fd, callback, *args):
        if self._closing:
            return
        self._loop.add_reader(fd, callback, *args)


class _SelectorSocketTransport(_SelectorTransport):
    def __init__(self, loop, sock, protocol, waiter=None,
                 extra=None, server=None):
        super().__init__(loop, sock, protocol, extra, server)  # CPython: asyncio/selector_events.py:905
        self._eof = False
        self._paused = False
        self._empty_waiter = None
        _set_nodelay(self._sock)
        # The protocol and the reader start in the next iteration, as in CPython.
        self._loop.call_soon(self._protocol.connection_made, self)  # CPython: asyncio/selector_events.py:915
        self._loop.call_soon(self._add_reader,  # CPython: asyncio/selector_events.py:917
                             self._sock_fd, self._read_ready)
        if waiter is not None:
            self._loop.call_soon(_asyncio._set_result_unless_cancelled,
                                 waiter, None)

    def set_protocol(self, protocol):
        if isinstance(protocol, BufferedProtocol):
            self._read_ready_cb = self._read_ready__get_buffer
        else:
            self._read_ready_cb = self._read_ready__data_received
        super().set_protocol(protocol)  # CPython: asyncio/selector_events.py:930

    def is_reading(self):
        return not self._paused and not self._closing

    def pause_reading(self):
        if self._closing or self._paused:
            return
        self._paused = True
        self._loop.remove_reader(self._sock_fd)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._add_reader(self._sock_fd, self._read_ready)  # CPython: asyncio/selector_events.py:947

    def _read_ready(self):
        self._read_ready_cb()  # CPython: asyncio/selector_events.py:952

    def _read_ready__get_buffer(self):
        if self._conn_lost:
            return
        try:
            buf = self._protocol.get_buffer(-1)  # CPython: asyncio/selector_events.py:959
            if not len(buf):  # CPython: asyncio/selector_events.py:960
                raise RuntimeError('get_buffer() returned an empty buffer')  # CPython: asyncio/selector_events.py:961
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(
                exc, 'Fatal error: protocol.get_buffer() call failed.')  # CPython: asyncio/selector_events.py:966
            return
        try:
            nbytes = self._sock.recv_into(buf)  # CPython: asyncio/selector_events.py:970
        except (BlockingIOError, InterruptedError):  # CPython: asyncio/selector_events.py:971
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')  # CPython: asyncio/selector_events.py:976
            return
        if not nbytes:
            self._read_ready__on_eof()  # CPython: asyncio/selector_events.py:980
            return
        try:
            self._protocol.buffer_updated(nbytes)  # CPython: asyncio/selector_events.py:984
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(
                exc, 'Fatal error: protocol.buffer_updated() call failed.')  # CPython: asyncio/selector_events.py:989

    def _read_ready__data_received(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(self.max_size)  # CPython: asyncio/selector_events.py:995
        except (BlockingIOError, InterruptedError):  # CPython: asyncio/selector_events.py:996
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')  # CPython: asyncio/selector_events.py:1001
            return
        if not data:
            self._read_ready__on_eof()  # CPython: asyncio/selector_events.py:1005
            return
        try:
            self._protocol.data_received(data)  # CPython: asyncio/selector_events.py:1009
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(  # CPython: asyncio/selector_events.py:1013
                exc, 'Fatal error: protocol.data_received() call failed.')  # CPython: asyncio/selector_events.py:1014

    def _read_ready__on_eof(self):
        try:
            keep_open = self._protocol.eof_received()  # CPython: asyncio/selector_events.py:1021
        except (SystemExit, KeyboardInterrupt):  # CPython: asyncio/selector_events.py:1022
            raise  # CPython: asyncio/selector_events.py:1023
        except BaseException as exc:
            self._fatal_error(  # CPython: asyncio/selector_events.py:1025
                exc, 'Fatal error: protocol.eof_received() call failed.')  # CPython: asyncio/selector_events.py:1026
            return
        if keep_open:
            self._loop.remove_reader(self._sock_fd)
        else:
            self.close()  # CPython: asyncio/selector_events.py:1035

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):  # CPython: asyncio/selector_events.py:1038
            raise TypeError(f'data argument must be a bytes-like object, '  # CPython: asyncio/selector_events.py:1039
                            f'not {type(data).__name__!r}')  # CPython: asyncio/selector_events.py:1040
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')  # CPython: asyncio/selector_events.py:1042
        if not data:
            return
        if self._conn_lost:
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                n = self._sock.send(data)  # CPython: asyncio/selector_events.py:1057
            except (BlockingIOError, InterruptedError):  # CPython: asyncio/selector_events.py:1058
                pass
            except (SystemExit, KeyboardInterrupt):  # CPython: asyncio/selector_events.py:1060
                raise  # CPython: asyncio/selector_events.py:1061
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on socket transport')  # CPython: asyncio/selector_events.py:1063
                return
            else:
                data = data[n:]
                if not data:
                    return
            self._loop.add_writer(self._sock_fd, self._write_ready)
        self._buffer.extend(data)  # CPython: asyncio/selector_events.py:1073
        self._maybe_pause_protocol()  # CPython: asyncio/selector_events.py:1074

    def _write_ready(self):
        if self._conn_lost:
            return
        try:
            n = self._sock.send(self._buffer)  # CPython: asyncio/selector_events.py:1082
        except (BlockingIOError, InterruptedError):  # CPython: asyncio/selector_events.py:1083
            pass
        except (SystemExit, KeyboardInterrupt):  # CPython: asyncio/selector_events.py:1085
            raise  # CPython: asyncio/selector_events.py:1086
        except BaseException as exc:
            self._loop.remove_writer(self._sock_fd)
            self._buffer.clear()  # CPython: asyncio/selector_events.py:1089
            self._fatal_error(exc, 'Fatal write error on socket transport')  # CPython: asyncio/selector_events.py:1090
            if self._empty_waiter is not None:
                self._empty_waiter.set_exception(exc)  # CPython: asyncio/selector_events.py:1092
        else:
            if n:
                del self._buffer[:n]
            self._maybe_resume_protocol()
            if not self._buffer:
                self._loop.remove_writer(self._sock_fd)
                if self._empty_waiter is not None:
                    self._empty_waiter.set_result(None)  # CPython: asyncio/selector_events.py:1100
                if self._closing:
                    self._call_connection_lost(None)  # CPython: asyncio/selector_events.py:1102
                elif self._eof:
                    self._sock.shutdown(socket.SHUT_WR)  # CPython: asyncio/selector_events.py:1104

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            self._sock.shutdown(socket.SHUT_WR)  # CPython: asyncio/selector_events.py:1111

    def can_write_eof(self):
        return True

    def _call_connection_lost(self, exc):
        super()._call_connection_lost(exc)  # CPython: asyncio/selector_events.py:1117
        if self._empty_waiter is not None:
            self._empty_waiter.set_exception(  # CPython: asyncio/selector_events.py:1119
                ConnectionError("Connection is closed by peer"))  # CPython: asyncio/selector_events.py:1120


def _set_nodelay(sock):
    if (sock.family in {socket.AF_INET, socket.AF_INET6} and
            sock.type == socket.SOCK_STREAM and
            sock.proto == socket.IPPROTO_TCP):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


# ---- servers ---------------------------------------------------------------

class AbstractServer:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class Server(AbstractServer):
    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()  # CPython: asyncio/base_events.py:301

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():  # CPython: asyncio/base_events.py:307
                waiter.set_result(waiter)  # CPython: asyncio/base_events.py:308

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)  # CPython: asyncio/base_events.py:315
            self._loop.add_reader(sock.fileno(), _accept_connection, self._loop,
                                  self._protocol_factory, sock, self, self._backlog)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()  # CPython: asyncio/base_events.py:330
        return tuple(TransportSocket(s) for s in self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop.remove_reader(sock.fileno())
            sock.close()
        self._serving = False
        if (self._serving_forever_fut is not None and  # CPython: asyncio/base_events.py:344
                not self._serving_forever_fut.done()):  # CPython: asyncio/base_events.py:345
            self._serving_forever_fut.cancel()  # CPython: asyncio/base_events.py:346
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()  # CPython: asyncio/base_events.py:350

    async def start_serving(self):
        self._start_serving()  # CPython: asyncio/base_events.py:353
        await _asyncio.sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(  # CPython: asyncio/base_events.py:360
                f'server {self!r} is already being awaited on serve_forever()')  # CPython: asyncio/base_events.py:361
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')  # CPython: asyncio/base_events.py:363
        self._start_serving()  # CPython: asyncio/base_events.py:365
        self._serving_forever_fut = self._loop.create_future()  # CPython: asyncio/base_events.py:366
        try:
            await self._serving_forever_fut  # CPython: asyncio/base_events.py:369
        except _asyncio.CancelledError:
            try:
                self.close()  # CPython: asyncio/base_events.py:372
                await self.wait_closed()  # CPython: asyncio/base_events.py:373
            finally:
                raise  # CPython: asyncio/base_events.py:375
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()  # CPython: asyncio/base_events.py:382
        self._waiters.append(waiter)  # CPython: asyncio/base_events.py:383
        await waiter  # CPython: asyncio/base_events.py:384


def _accept_connection(loop, protocol_factory, sock, server, backlog):
    for _ in range(backlog):  # CPython: asyncio/selector_events.py:163
        try:
            conn, addr = sock.accept()  # CPython: asyncio/selector_events.py:165
            conn.setblocking(False)  # CPython: asyncio/selector_events.py:169
        except (BlockingIOError, InterruptedError, ConnectionAbortedError):  # CPython: asyncio/selector_events.py:170
            return None
        else:
            extra = {'peername': addr}
            loop.create_task(_accept_connection2(loop, protocol_factory, conn,
                                                 extra, server))


async def _accept_connection2(loop, protocol_factory, conn, extra, server):
    try:
        protocol = protocol_factory()  # CPython: asyncio/selector_events.py:208
        waiter = loop.create_future()
        transport = _SelectorSocketTransport(loop, conn, protocol, waiter=waiter,
                                             extra=extra, server=server)
        try:
            await waiter  # CPython: asyncio/selector_events.py:222
        except BaseException:
            transport.close()  # CPython: asyncio/selector_events.py:224
            raise
    except (SystemExit, KeyboardInterrupt):  # CPython: asyncio/selector_events.py:228
        raise
    except BaseException:
        pass


# ---- the event loop's socket methods ---------------------------------------

def _ipaddr_info(host, port, family, type, proto, flowinfo=0, scopeid=0):
    """The getaddrinfo entry for a host that is already a numeric address."""
    if proto not in {0, socket.IPPROTO_TCP, socket.IPPROTO_UDP} or host is None:
        return None
    if type == socket.SOCK_STREAM:
        proto = socket.IPPROTO_TCP
    elif type == socket.SOCK_DGRAM:
        proto = socket.IPPROTO_UDP
    else:
        return None
    if port is None or port == b'' or port == '':
        port = 0
    else:
        try:
            port = int(port)  # CPython: asyncio/base_events.py:125
        except (TypeError, ValueError):  # CPython: asyncio/base_events.py:126
            return None
    if family == socket.AF_UNSPEC:
        afs = [socket.AF_INET, socket.AF_INET6]
    else:
        afs = [family]
    if isinstance(host, bytes):  # CPython: asyncio/base_events.py:136
        host = host.decode('idna')  # CPython: asyncio/base_events.py:137
    if '%' in host:
        return None
    for af in afs:
        try:
            socket.inet_pton(af, host)  # CPython: asyncio/base_events.py:145
            if af == socket.AF_INET6:
                return af, type, proto, '', (host, port, flowinfo, scopeid)  # CPython: asyncio/base_events.py:148
            else:
                return af, type, proto, '', (host, port)  # CPython: asyncio/base_events.py:150
        except OSError:
            pass
    return None


class _SelectorEventLoopMethods:
    """The socket methods of CPython's BaseSelectorEventLoop."""

    async def getaddrinfo(self, host, port, *,
                          family=0, type=0, proto=0, flags=0):
        return await self.run_in_executor(  # CPython: asyncio/base_events.py:867
            None, socket.getaddrinfo, host, port, family, type, proto, flags)

    async def _ensure_resolved(self, address, *,
                               family=0, type=socket.SOCK_STREAM,
                               proto=0, flags=0, loop):
        host, port = address[:2]
        info = _ipaddr_info(host, port, family, type, proto, *address[2:])  # CPython: asyncio/base_events.py:1414
        if info is not None:
            return [info]
        else:
            return await loop.getaddrinfo(host, port, family=family, type=type,  # CPython: asyncio/base_events.py:1419
                                          proto=proto, flags=flags)

    def _sock_read_done(self, fd, fut, handle=None):
        if handle is None or not handle.cancelled():  # CPython: asyncio/selector_events.py:380
            self.remove_reader(fd)  # CPython: asyncio/selector_events.py:381

    def _sock_write_done(self, fd, fut, handle=None):
        if handle is None or not handle.cancelled():  # CPython: asyncio/selector_events.py:663
            self.remove_writer(fd)  # CPython: asyncio/selector_events.py:664

    async def sock_recv(self, sock, n):
        try:
            return sock.recv(n)  # CPython: asyncio/selector_events.py:368
        except (BlockingIOError, InterruptedError):  # CPython: asyncio/selector_events.py:369
            pass
        fut = self.create_future()  # CPython: asyncio/selector_events.py:371
        fd = sock.fileno()  # CPython: asyncio/selector_events.py:372
        handle = self._add_io(self._readers, fd, self._sock_recv, (fut, sock, n))
        fut.add_done_callback(  # CPython: asyncio/selector_events.py:375
            functools.partial(self._sock_read_done, fd, handle=handle))  # CPython: asyncio/selector_events.py:376
        return await fut  # CPython: asyncio/selector_events.py:377

    def _sock_recv(self, fut, sock, n):
        if fut.done():  # CPython: asyncio/selector_events.py:386
            return
        try:
            data = sock.recv(n)  # CPython: asyncio/selector_events.py:389
        except (BlockingIOError, InterruptedError):  # CPython: asyncio/selector_events.py:390
            return
        except (SystemExit, KeyboardInterrupt):  # CPython: asyncio/selector_events.py:392
            raise  # CPython: asyncio/selector_events.py:393
        except BaseException as exc:
            fut.set_exception(exc)  # CPython: asyncio/selector_events.py:395
        else:
            fut.set_result(data)  # CPython: asyncio/selector_events.py:397

    async def sock_recv_into(self, sock, buf):
        data = await self.sock_recv(sock, len(buf))
        buf[:len(data)] = data
        return len(data)

    async def sock_sendall(self, sock, data):
        try:
            n = sock.send(data)  # CPython: asyncio/selector_events.py:532
        except (BlockingIOError, InterruptedError):  # CPython: asyncio/selector_events.py:533
            n = 0
        if n == len(data):  # CPython: asyncio/selector_events.py:536
            return
        fut = self.create_future()  # CPython: asyncio/selector_events.py:540
        fd = sock.fileno()  # CPython: asyncio/selector_events.py:541
        handle = self._add_io(self._writers, fd, self._sock_sendall,
                              (fut, sock, memoryview(data), [n]))
        fut.add_done_callback(  # CPython: asyncio/selector_events.py:546
            functools.partial(self._sock_write_done, fd, handle=handle))  # CPython: asyncio/selector_events.py:547
        return await fut  # CPython: asyncio/selector_events.py:548

    def _sock_sendall(self, fut, sock, view, pos):
        if fut.done():  # CPython: asyncio/selector_events.py:551
            return
        start = pos[0]
        try:
            n = sock.send(view[start:])  # CPython: asyncio/selector_events.py:556
        except (BlockingIOError, InterruptedError):  # CPython: asyncio/selector_events.py:557
            return
        except (SystemExit, KeyboardInterrupt):  # CPython: asyncio/selector_events.py:559
            raise  # CPython: asyncio/selector_events.py:560
        except BaseException as exc:
            fut.set_exception(exc)  # CPython: asyncio/selector_events.py:562
            return
        start += n
        if start == len(view):  # CPython: asyncio/selector_events.py:567
            fut.set_result(None)  # CPython: asyncio/selector_events.py:568
        else:
            pos[0] = start

    async def sock_connect(self, sock, address):
        if sock.family == socket.AF_INET or sock.family == socket.AF_INET6:
            resolved = await self._ensure_resolved(  # CPython: asyncio/selector_events.py:625
                address, family=sock.family, type=sock.type, proto=sock.proto,
                loop=self,
            )
            _, _, _, _, address = resolved[0]
        fut = self.create_future()  # CPython: asyncio/selector_events.py:631
        self._sock_connect(fut, sock, address)  # CPython: asyncio/selector_events.py:632
        try:
            return await fut  # CPython: asyncio/selector_events.py:634
        finally:
            fut = None

    def _sock_connect(self, fut, sock, address):
        fd = sock.fileno()  # CPython: asyncio/selector_events.py:640
        try:
            sock.connect(address)  # CPython: asyncio/selector_events.py:642
        except (BlockingIOError, InterruptedError):  # CPython: asyncio/selector_events.py:643
            handle = self._add_io(self._writers, fd, self._sock_connect_cb,
                                  (fut, sock, address))
            fut.add_done_callback(  # CPython: asyncio/selector_events.py:651
                functools.partial(self._sock_write_done, fd, handle=handle))  # CPython: asyncio/selector_events.py:652
        except (SystemExit, KeyboardInterrupt):  # CPython: asyncio/selector_events.py:653
            raise  # CPython: asyncio/selector_events.py:654
        except BaseException as exc:
            fut.set_exception(exc)  # CPython: asyncio/selector_events.py:656
        else:
            fut.set_result(None)  # CPython: asyncio/selector_events.py:658
        finally:
            fut = None

    def _sock_connect_cb(self, fut, sock, address):
        if fut.done():  # CPython: asyncio/selector_events.py:667
            return
        try:
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)  # CPython: asyncio/selector_events.py:671
            if err != 0:
                raise OSError(err, f'Connect call failed {address}')  # CPython: asyncio/selector_events.py:674
        except (BlockingIOError, InterruptedError):  # CPython: asyncio/selector_events.py:675
            pass
        except (SystemExit, KeyboardInterrupt):  # CPython: asyncio/selector_events.py:678
            raise  # CPython: asyncio/selector_events.py:679
        except BaseException as exc:
            fut.set_exception(exc)  # CPython: asyncio/selector_events.py:681
        else:
            fut.set_result(None)  # CPython: asyncio/selector_events.py:683
        finally:
            fut = None

    async def sock_accept(self, sock):
        fut = self.create_future()  # CPython: asyncio/selector_events.py:698
        self._sock_accept(fut, sock)  # CPython: asyncio/selector_events.py:699
        return await fut  # CPython: asyncio/selector_events.py:700

    def _sock_accept(self, fut, sock):
        fd = sock.fileno()  # CPython: asyncio/selector_events.py:703
        try:
            conn, address = sock.accept()  # CPython: asyncio/selector_events.py:705
            conn.setblocking(False)  # CPython: asyncio/selector_events.py:706
        except (BlockingIOError, InterruptedError):  # CPython: asyncio/selector_events.py:707
            handle = self._add_io(self._readers, fd, self._sock_accept, (fut, sock))
            fut.add_done_callback(  # CPython: asyncio/selector_events.py:710
                functools.partial(self._sock_read_done, fd, handle=handle))  # CPython: asyncio/selector_events.py:711
        except (SystemExit, KeyboardInterrupt):  # CPython: asyncio/selector_events.py:712
            raise  # CPython: asyncio/selector_events.py:713
        except BaseException as exc:
            fut.set_exception(exc)  # CPython: asyncio/selector_events.py:715
        else:
            fut.set_result((conn, address))  # CPython: asyncio/selector_events.py:717

    async def _connect_sock(self, exceptions, addr_info, local_addr_infos=None):
        my_exceptions = []
        exceptions.append(my_exceptions)  # CPython: asyncio/base_events.py:946
        family, type_, proto, _, address = addr_info
        sock = None
        try:
            sock = socket.socket(family=family, type=type_, proto=proto)  # CPython: asyncio/base_events.py:950
            sock.setblocking(False)  # CPython: asyncio/base_events.py:951
            if local_addr_infos is not None:
                for lfamily, _, _, _, laddr in local_addr_infos:
                    if lfamily != family:
                        continue
                    try:
                        sock.bind(laddr)  # CPython: asyncio/base_events.py:958
                        break
                    except OSError as exc:
                        msg = (  # CPython: asyncio/base_events.py:961
                            f'error while attempting to bind on '
                            f'address {laddr!r}: '
                            f'{exc.strerror.lower()}'  # CPython: asyncio/base_events.py:964
                        )
                        exc = OSError(exc.errno, msg)  # CPython: asyncio/base_events.py:966
                        my_exceptions.append(exc)
                else:
                    if my_exceptions:
                        raise my_exceptions.pop()  # CPython: asyncio/base_events.py:970
                    else:
                        raise OSError(f"no matching local address with {family=} found")  # CPython: asyncio/base_events.py:972
            await self.sock_connect(sock, address)  # CPython: asyncio/base_events.py:973
            return sock
        except OSError as exc:
            my_exceptions.append(exc)
            if sock is not None:
                sock.close()
            raise
        except:
            if sock is not None:
                sock.close()
            raise
        finally:
            exceptions = my_exceptions = None

    async def create_connection(self, protocol_factory, host=None, port=None,
                                *, ssl=None, family=0, proto=0, flags=0,
                                sock=None, local_addr=None, server_hostname=None,
                                ssl_handshake_timeout=None,
                                ssl_shutdown_timeout=None,
                                happy_eyeballs_delay=None, interleave=None):
        if ssl:
            raise NotImplementedError("gilpy's asyncio has no SSL")
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError(
                    'host/port and sock can not be specified at the same time')
            infos = await self._ensure_resolved(  # CPython: asyncio/base_events.py:1045
                (host, port), family=family,  # CPython: asyncio/base_events.py:1046
                type=socket.SOCK_STREAM, proto=proto, flags=flags, loop=self)
            if not infos:
                raise OSError('getaddrinfo() returned empty list')
            if local_addr is not None:
                laddr_infos = await self._ensure_resolved(  # CPython: asyncio/base_events.py:1052
                    local_addr, family=family,
                    type=socket.SOCK_STREAM, proto=proto,
                    flags=flags, loop=self)
                if not laddr_infos:
                    raise OSError('getaddrinfo() returned empty list')
            else:
                laddr_infos = None
            exceptions = []
            for addrinfo in infos:
                try:
                    sock = await self._connect_sock(  # CPython: asyncio/base_events.py:1069
                        exceptions, addrinfo, laddr_infos)
                    break
                except OSError:
                    continue
            if sock is None:
                exceptions = [exc for sub in exceptions for exc in sub]
                try:
                    if len(exceptions) == 1:  # CPython: asyncio/base_events.py:1084
                        raise exceptions[0]  # CPython: asyncio/base_events.py:1085
                    else:
                        model = str(exceptions[0])  # CPython: asyncio/base_events.py:1088
                        if all(str(exc) == model for exc in exceptions):  # CPython: asyncio/base_events.py:1089
                            raise exceptions[0]  # CPython: asyncio/base_events.py:1090
                        raise OSError('Multiple exceptions: {}'.format(  # CPython: asyncio/base_events.py:1093
                            ', '.join(str(exc) for exc in exceptions)))  # CPython: asyncio/base_events.py:1094
                finally:
                    exceptions = None
        else:
            if sock is None:
                raise ValueError(
                    'host and port was not specified and no sock specified')
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(
                    f'A Stream Socket was expected, got {sock!r}')
        return await self._create_connection_transport(sock, protocol_factory)

    async def _create_connection_transport(self, sock, protocol_factory):
        sock.setblocking(False)  # CPython: asyncio/base_events.py:1120
        protocol = protocol_factory()  # CPython: asyncio/base_events.py:1122
        waiter = self.create_future()  # CPython: asyncio/base_events.py:1123
        transport = _SelectorSocketTransport(self, sock, protocol, waiter)  # CPython: asyncio/base_events.py:1132
        try:
            await waiter  # CPython: asyncio/base_events.py:1135
        except:
            transport.close()  # CPython: asyncio/base_events.py:1137
            raise  # CPython: asyncio/base_events.py:1148
        return transport, protocol

    async def _create_server_getaddrinfo(self, host, port, family, flags):
        infos = await self._ensure_resolved((host, port), family=family,  # CPython: asyncio/base_events.py:1423
                                            type=socket.SOCK_STREAM,
                                            flags=flags, loop=self)
        if not infos:
            raise OSError(f'getaddrinfo({host!r}) returned empty list')  # CPython: asyncio/base_events.py:1427
        return infos

    async def create_server(self, protocol_factory, host=None, port=None, *,
                            family=socket.AF_UNSPEC, flags=socket.AI_PASSIVE,
                            sock=None, backlog=100, ssl=None,
                            reuse_address=None, reuse_port=None,
                            ssl_handshake_timeout=None,
                            ssl_shutdown_timeout=None,
                            start_serving=True):
        if isinstance(ssl, bool):  # CPython: asyncio/base_events.py:1458
            raise TypeError('ssl argument must be an SSLContext or None')  # CPython: asyncio/base_events.py:1459
        if ssl:
            raise NotImplementedError("gilpy's asyncio has no SSL")
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError(
                    'host/port and sock can not be specified at the same time')
            if reuse_address is None:
                reuse_address = True
            sockets = []
            if host == '':
                hosts = [None]
            elif (isinstance(host, str) or  # CPython: asyncio/base_events.py:1482
                  not isinstance(host, collections.abc.Iterable)):  # CPython: asyncio/base_events.py:1483
                hosts = [host]
            else:
                hosts = host
            fs = [self._create_server_getaddrinfo(host, port, family=family,  # CPython: asyncio/base_events.py:1488
                                                  flags=flags)
                  for host in hosts]
            infos = await _asyncio.gather(*fs)
            infos = set(x for info in infos for x in info)
            completed = False
            try:
                for res in infos:
                    af, socktype, proto, canonname, sa = res
                    try:
                        sock = socket.socket(af, socktype, proto)  # CPython: asyncio/base_events.py:1499
                    except socket.error:
                        continue
                    sockets.append(sock)  # CPython: asyncio/base_events.py:1507
                    if reuse_address:
                        sock.setsockopt(  # CPython: asyncio/base_events.py:1509
                            socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
                    if reuse_port:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                    if af == socket.AF_INET6:
                        sock.setsockopt(socket.IPPROTO_IPV6,  # CPython: asyncio/base_events.py:1519
                                        socket.IPV6_V6ONLY, True)
                    try:
                        sock.bind(sa)  # CPython: asyncio/base_events.py:1523
                    except OSError as err:
                        raise OSError(err.errno, 'error while attempting '  # CPython: asyncio/base_events.py:1525
                                      'to bind on address %r: %s'
                                      % (sa, err.strerror.lower())) from None  # CPython: asyncio/base_events.py:1527
                completed = True
            finally:
                if not completed:
                    for sock in sockets:
                        sock.close()  # CPython: asyncio/base_events.py:1532
        else:
            if sock is None:
                raise ValueError('Neither host/port nor sock were specified')  # CPython: asyncio/base_events.py:1535
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A Stream Socket was expected, got {sock!r}')  # CPython: asyncio/base_events.py:1537
            sockets = [sock]
        for sock in sockets:
            sock.setblocking(False)  # CPython: asyncio/base_events.py:1541
        server = Server(self, sockets, protocol_factory, backlog)
        if start_serving:
            server._start_serving()  # CPython: asyncio/base_events.py:1547
            await _asyncio.sleep(0)
        return server

    async def create_unix_connection(self, protocol_factory, path=None, *,
                                     ssl=None, sock=None, server_hostname=None,
                                     ssl_handshake_timeout=None,
                                     ssl_shutdown_timeout=None):
        if ssl:
            raise NotImplementedError("gilpy's asyncio has no SSL")
        if path is not None:
            if sock is not None:
                raise ValueError(
                    'path and sock can not be specified at the same time')
            path = os.fspath(path)  # CPython: asyncio/unix_events.py:255
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0)  # CPython: asyncio/unix_events.py:256
            try:
                sock.setblocking(False)
                await self.sock_connect(sock, path)  # CPython: asyncio/unix_events.py:264
            except:
                sock.close()  # CPython: asyncio/unix_events.py:261
                raise  # CPython: asyncio/unix_events.py:262
        else:
            if sock is None:
                raise ValueError('no path and sock were specified')  # CPython: asyncio/unix_events.py:266
            if (sock.family != socket.AF_UNIX or  # CPython: asyncio/unix_events.py:267
                    sock.type != socket.SOCK_STREAM):
                raise ValueError(
                    f'A UNIX Domain Stream Socket was expected, got {sock!r}')
            sock.setblocking(False)
        return await self._create_connection_transport(sock, protocol_factory)

    async def create_unix_server(self, protocol_factory, path=None, *,
                                 sock=None, backlog=100, ssl=None,
                                 ssl_handshake_timeout=None,
                                 ssl_shutdown_timeout=None,
                                 start_serving=True):
        if isinstance(ssl, bool):  # CPython: asyncio/unix_events.py:285
            raise TypeError('ssl argument must be an SSLContext or None')  # CPython: asyncio/unix_events.py:286
        if ssl:
            raise NotImplementedError("gilpy's asyncio has no SSL")
        if path is not None:
            if sock is not None:
                raise ValueError(
                    'path and sock can not be specified at the same time')
            path = os.fspath(path)  # CPython: asyncio/unix_events.py:301
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)  # CPython: asyncio/unix_events.py:302
            # A socket file left by an earlier server is replaced, as CPython does.
            if path[0] not in (0, '\x00'):  # CPython: asyncio/unix_events.py:305
                try:
                    if stat.S_ISSOCK(os.stat(path).st_mode):  # CPython: asyncio/unix_events.py:307
                        os.remove(path)  # CPython: asyncio/unix_events.py:308
                except FileNotFoundError:
                    pass
            try:
                sock.bind(path)  # CPython: asyncio/unix_events.py:317
            except OSError as exc:
                sock.close()
                if exc.errno == errno.EADDRINUSE:
                    msg = f'Address {path!r} is already in use'
                    raise OSError(errno.EADDRINUSE, msg) from None  # CPython: asyncio/unix_events.py:327
                else:
                    raise
            except:
                sock.close()
                raise
        else:
            if sock is None:
                raise ValueError(
                    'path was not specified, and no sock specified')
            if (sock.family != socket.AF_UNIX or  # CPython: asyncio/unix_events.py:335
                    sock.type != socket.SOCK_STREAM):
                raise ValueError(
                    f'A UNIX Domain Stream Socket was expected, got {sock!r}')
        sock.setblocking(False)  # CPython: asyncio/unix_events.py:340
        server = Server(self, [sock], protocol_factory, backlog)
        if start_serving:
            server._start_serving()  # CPython: asyncio/unix_events.py:345
            await _asyncio.sleep(0)
        return server

    async def create_datagram_endpoint(self, protocol_factory,
                                       local_addr=None, remote_addr=None, *,
                                       family=0, proto=0, flags=0,
                                       reuse_port=None,
                                       allow_broadcast=None, sock=None):
        """A UDP endpoint: bound to `local_addr`, connected to `remote_addr`, or on
        the given socket."""
        r_addr = None
        if sock is not None:
            if sock.type != socket.SOCK_DGRAM:
                raise ValueError(
                    f'A UDP Socket was expected, got {sock!r}')
            sock.setblocking(False)
        else:
            if not (local_addr or remote_addr):  # CPython: asyncio/base_events.py:1301
                if family == 0:
                    raise ValueError('unexpected address family')  # CPython: asyncio/base_events.py:1303
                candidates = [(family, proto, None, None)]
            else:
                candidates = await self._datagram_candidates(
                    local_addr, remote_addr, family, proto, flags)
            exceptions = []
            for family, proto, local_address, remote_address in candidates:
                sock = None
                r_addr = None
                try:
                    sock = socket.socket(  # CPython: asyncio/base_events.py:1360
                        family=family, type=socket.SOCK_DGRAM, proto=proto)
                    if reuse_port:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                    if allow_broadcast:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
                    sock.setblocking(False)
                    if local_address:
                        sock.bind(local_address)  # CPython: asyncio/base_events.py:1370
                    if remote_address:
                        if not allow_broadcast:
                            await self.sock_connect(sock, remote_address)  # CPython: asyncio/base_events.py:1373
                        r_addr = remote_address
                except OSError as exc:
                    if sock is not None:
                        sock.close()
                    exceptions.append(exc)  # CPython: asyncio/base_events.py:1378
                except:
                    if sock is not None:
                        sock.close()
                    raise
                else:
                    break
            else:
                raise exceptions[0]  # CPython: asyncio/base_events.py:1386
        protocol = protocol_factory()  # CPython: asyncio/base_events.py:1388
        waiter = self.create_future()  # CPython: asyncio/base_events.py:1389
        transport = _SelectorDatagramTransport(self, sock, protocol, r_addr, waiter)
        try:
            await waiter  # CPython: asyncio/base_events.py:1403
        except:
            transport.close()  # CPython: asyncio/base_events.py:1405
            raise
        return transport, protocol

    async def _datagram_candidates(self, local_addr, remote_addr, family, proto, flags):
        """(family, proto, local address, remote address) to try, one per address
        family both addresses resolve in."""
        resolved = []
        for addr in (local_addr, remote_addr):
            if addr is None:
                resolved.append(None)
                continue
            if not (isinstance(addr, tuple) and len(addr) == 2):
                raise TypeError('2-tuple is expected')
            infos = await self._ensure_resolved(
                addr, family=family, type=socket.SOCK_DGRAM,
                proto=proto, flags=flags, loop=self)
            if not infos:
                raise OSError('getaddrinfo() returned empty list')
            resolved.append(infos)
        local_infos, remote_infos = resolved
        candidates = []
        for fam, _, pro, _, _ in local_infos or remote_infos:
            pick = lambda infos: next((i[4] for i in infos if i[0] == fam), None)
            local = pick(local_infos) if local_infos else None
            remote = pick(remote_infos) if remote_infos else None
            if (local_infos and local is None) or (remote_infos and remote is None):
                continue
            if (fam, pro, local, remote) not in candidates:
                candidates.append((fam, pro, local, remote))
        if not candidates:
            raise ValueError('can not get address information')
        return candidates


class _SelectorDatagramTransport(_SelectorTransport):
    _buffer_factory = collections.deque

    def __init__(self, loop, sock, protocol, address=None,
                 waiter=None, extra=None):
        super().__init__(loop, sock, protocol, extra)  # CPython: asyncio/selector_events.py:1140
        self._address = address
        self._buffer_size = 0
        self._loop.call_soon(self._protocol.connection_made, self)  # CPython: asyncio/selector_events.py:1143
        self._loop.call_soon(self._add_reader,  # CPython: asyncio/selector_events.py:1145
                             self._sock_fd, self._read_ready)
        if waiter is not None:
            self._loop.call_soon(_asyncio._set_result_unless_cancelled,
                                 waiter, None)

    def get_write_buffer_size(self):
        return self._buffer_size

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data, addr = self._sock.recvfrom(self.max_size)  # CPython: asyncio/selector_events.py:1159
        except (BlockingIOError, InterruptedError):  # CPython: asyncio/selector_events.py:1160
            pass
        except OSError as exc:
            self._protocol.error_received(exc)  # CPython: asyncio/selector_events.py:1163
        except (SystemExit, KeyboardInterrupt):  # CPython: asyncio/selector_events.py:1164
            raise  # CPython: asyncio/selector_events.py:1165
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on datagram transport')  # CPython: asyncio/selector_events.py:1167
        else:
            self._protocol.datagram_received(data, addr)  # CPython: asyncio/selector_events.py:1169

    def sendto(self, data, addr=None):
        if not isinstance(data, (bytes, bytearray, memoryview)):  # CPython: asyncio/selector_events.py:1172
            raise TypeError(f'data argument must be a bytes-like object, '  # CPython: asyncio/selector_events.py:1173
                            f'not {type(data).__name__!r}')  # CPython: asyncio/selector_events.py:1174
        if not data:
            return
        if self._address:
            if addr not in (None, self._address):  # CPython: asyncio/selector_events.py:1179
                raise ValueError(  # CPython: asyncio/selector_events.py:1180
                    f'Invalid address: must be None or {self._address}')
            addr = self._address
        if self._conn_lost and self._address:
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                if self._extra['peername']:
                    self._sock.send(data)  # CPython: asyncio/selector_events.py:1194
                else:
                    self._sock.sendto(data, addr)  # CPython: asyncio/selector_events.py:1196
                return
            except (BlockingIOError, InterruptedError):  # CPython: asyncio/selector_events.py:1198
                self._loop.add_writer(self._sock_fd, self._sendto_ready)
            except OSError as exc:
                self._protocol.error_received(exc)  # CPython: asyncio/selector_events.py:1201
                return
            except (SystemExit, KeyboardInterrupt):  # CPython: asyncio/selector_events.py:1203
                raise  # CPython: asyncio/selector_events.py:1204
            except BaseException as exc:
                self._fatal_error(  # CPython: asyncio/selector_events.py:1206
                    exc, 'Fatal write error on datagram transport')
                return
        self._buffer.append((bytes(data), addr))  # CPython: asyncio/selector_events.py:1211
        self._buffer_size += len(data)  # CPython: asyncio/selector_events.py:1212
        self._maybe_pause_protocol()  # CPython: asyncio/selector_events.py:1213

    def _sendto_ready(self):
        while self._buffer:
            data, addr = self._buffer.popleft()  # CPython: asyncio/selector_events.py:1217
            self._buffer_size -= len(data)  # CPython: asyncio/selector_events.py:1218
            try:
                if self._extra['peername']:
                    self._sock.send(data)  # CPython: asyncio/selector_events.py:1221
                else:
                    self._sock.sendto(data, addr)  # CPython: asyncio/selector_events.py:1223
            except (BlockingIOError, InterruptedError):  # CPython: asyncio/selector_events.py:1224
                self._buffer.appendleft((data, addr))
                self._buffer_size += len(data)  # CPython: asyncio/selector_events.py:1226
                break
            except OSError as exc:
                self._protocol.error_received(exc)  # CPython: asyncio/selector_events.py:1229
                return
            except (SystemExit, KeyboardInterrupt):  # CPython: asyncio/selector_events.py:1231
                raise  # CPython: asyncio/selector_events.py:1232
            except BaseException as exc:
                self._fatal_error(  # CPython: asyncio/selector_events.py:1234
                    exc, 'Fatal write error on datagram transport')
                return
        self._maybe_resume_protocol()
        if not self._buffer:
            self._loop.remove_writer(self._sock_fd)
            if self._closing:
                self._call_connection_lost(None)  # CPython: asyncio/selector_events.py:1242
