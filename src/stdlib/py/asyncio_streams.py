"""asyncio.streams: CPython 3.11's Lib/asyncio/streams.py, unchanged but for its
docstrings, comments and debug logging (gilpy's loop has no debug mode), and for
taking what it imports from gilpy's asyncio module."""

__all__ = (
    'StreamReader', 'StreamWriter', 'StreamReaderProtocol',
    'open_connection', 'start_server')

import collections
import socket
import weakref

if hasattr(socket, 'AF_UNIX'):
    __all__ += ('open_unix_connection', 'start_unix_server')

import asyncio as _asyncio
from asyncio import sleep
from asyncio.selector_events import Protocol as _Protocol


class coroutines:
    iscoroutine = staticmethod(_asyncio.iscoroutine)


class events:
    get_running_loop = staticmethod(_asyncio.get_running_loop)

    @staticmethod
    def _get_event_loop(stacklevel=3):
        return _asyncio.get_event_loop()


class protocols:
    Protocol = _Protocol


exceptions = _asyncio.exceptions


_DEFAULT_LIMIT = 2 ** 16  # 64 KiB


async def open_connection(host=None, port=None, *,
                          limit=_DEFAULT_LIMIT, **kwds):
    loop = events.get_running_loop()  # CPython: asyncio/streams.py:45
    reader = StreamReader(limit=limit, loop=loop)  # CPython: asyncio/streams.py:46
    protocol = StreamReaderProtocol(reader, loop=loop)  # CPython: asyncio/streams.py:47
    transport, _ = await loop.create_connection(  # CPython: asyncio/streams.py:48
        lambda: protocol, host, port, **kwds)
    writer = StreamWriter(transport, protocol, reader, loop)  # CPython: asyncio/streams.py:50
    return reader, writer


async def start_server(client_connected_cb, host=None, port=None, *,
                       limit=_DEFAULT_LIMIT, **kwds):
    loop = events.get_running_loop()  # CPython: asyncio/streams.py:77

    def factory():
        reader = StreamReader(limit=limit, loop=loop)  # CPython: asyncio/streams.py:80
        protocol = StreamReaderProtocol(reader, client_connected_cb,  # CPython: asyncio/streams.py:81
                                        loop=loop)
        return protocol

    return await loop.create_server(factory, host, port, **kwds)  # CPython: asyncio/streams.py:85


if hasattr(socket, 'AF_UNIX'):

    async def open_unix_connection(path=None, *,
                                   limit=_DEFAULT_LIMIT, **kwds):
        loop = events.get_running_loop()

        reader = StreamReader(limit=limit, loop=loop)
        protocol = StreamReaderProtocol(reader, loop=loop)
        transport, _ = await loop.create_unix_connection(
            lambda: protocol, path, **kwds)
        writer = StreamWriter(transport, protocol, reader, loop)
        return reader, writer

    async def start_unix_server(client_connected_cb, path=None, *,
                                limit=_DEFAULT_LIMIT, **kwds):
        loop = events.get_running_loop()

        def factory():
            reader = StreamReader(limit=limit, loop=loop)
            protocol = StreamReaderProtocol(reader, client_connected_cb,
                                            loop=loop)
            return protocol

        return await loop.create_unix_server(factory, path, **kwds)


class FlowControlMixin(protocols.Protocol):
    def __init__(self, loop=None):
        if loop is None:
            self._loop = events._get_event_loop(stacklevel=4)  # CPython: asyncio/streams.py:129
        else:
            self._loop = loop
        self._paused = False
        self._drain_waiters = collections.deque()  # CPython: asyncio/streams.py:133
        self._connection_lost = False

    def pause_writing(self):
        assert not self._paused
        self._paused = True

    def resume_writing(self):
        assert self._paused
        self._paused = False

        for waiter in self._drain_waiters:
            if not waiter.done():  # CPython: asyncio/streams.py:149
                waiter.set_result(None)  # CPython: asyncio/streams.py:150

    def connection_lost(self, exc):
        self._connection_lost = True
        if not self._paused:
            return

        for waiter in self._drain_waiters:
            if not waiter.done():  # CPython: asyncio/streams.py:159
                if exc is None:
                    waiter.set_result(None)  # CPython: asyncio/streams.py:161
                else:
                    waiter.set_exception(exc)  # CPython: asyncio/streams.py:163

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')  # CPython: asyncio/streams.py:167
        if not self._paused:
            return
        waiter = self._loop.create_future()  # CPython: asyncio/streams.py:170
        self._drain_waiters.append(waiter)  # CPython: asyncio/streams.py:171
        try:
            await waiter  # CPython: asyncio/streams.py:173
        finally:
            self._drain_waiters.remove(waiter)  # CPython: asyncio/streams.py:175

    def _get_close_waiter(self, stream):
        raise NotImplementedError  # CPython: asyncio/streams.py:178


class StreamReaderProtocol(FlowControlMixin, protocols.Protocol):
    _source_traceback = None

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        super().__init__(loop=loop)  # CPython: asyncio/streams.py:193
        if stream_reader is not None:
            self._stream_reader_wr = weakref.ref(stream_reader)  # CPython: asyncio/streams.py:195
            self._source_traceback = stream_reader._source_traceback
        else:
            self._stream_reader_wr = None
        if client_connected_cb is not None:
            self._strong_reader = stream_reader
        self._reject_connection = False
        self._stream_writer = None
        self._task = None
        self._transport = None
        self._client_connected_cb = client_connected_cb
        self._over_ssl = False
        self._closed = self._loop.create_future()  # CPython: asyncio/streams.py:210

    @property
    def _stream_reader(self):
        if self._stream_reader_wr is None:
            return None
        return self._stream_reader_wr()  # CPython: asyncio/streams.py:216

    def _replace_writer(self, writer):
        loop = self._loop
        transport = writer.transport
        self._stream_writer = writer
        self._transport = transport
        self._over_ssl = transport.get_extra_info('sslcontext') is not None  # CPython: asyncio/streams.py:223

    def connection_made(self, transport):
        if self._reject_connection:
            context = {
                'message': ('An open stream was garbage collected prior to '  # CPython: asyncio/streams.py:228
                            'establishing network connection; '
                            'call "stream.close()" explicitly.')  # CPython: asyncio/streams.py:230
            }
            if self._source_traceback:
                context['source_traceback'] = self._source_traceback
            self._loop.call_exception_handler(context)  # CPython: asyncio/streams.py:234
            transport.abort()  # CPython: asyncio/streams.py:235
            return
        self._transport = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)  # CPython: asyncio/streams.py:240
        self._over_ssl = transport.get_extra_info('sslcontext') is not None  # CPython: asyncio/streams.py:241
        if self._client_connected_cb is not None:
            self._stream_writer = StreamWriter(transport, self,  # CPython: asyncio/streams.py:243
                                               reader,
                                               self._loop)
            res = self._client_connected_cb(reader,  # CPython: asyncio/streams.py:246
                                            self._stream_writer)
            if coroutines.iscoroutine(res):  # CPython: asyncio/streams.py:248
                self._task = self._loop.create_task(res)  # CPython: asyncio/streams.py:249
            self._strong_reader = None

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None:
            if exc is None:
                reader.feed_eof()  # CPython: asyncio/streams.py:256
            else:
                reader.set_exception(exc)  # CPython: asyncio/streams.py:258
        if not self._closed.done():  # CPython: asyncio/streams.py:259
            if exc is None:
                self._closed.set_result(None)  # CPython: asyncio/streams.py:261
            else:
                self._closed.set_exception(exc)  # CPython: asyncio/streams.py:263
        super().connection_lost(exc)  # CPython: asyncio/streams.py:264
        self._stream_reader_wr = None
        self._stream_writer = None
        self._task = None
        self._transport = None

    def data_received(self, data):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_data(data)  # CPython: asyncio/streams.py:273

    def eof_received(self):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_eof()  # CPython: asyncio/streams.py:278
        if self._over_ssl:
            return False
        return True

    def _get_close_waiter(self, stream):
        return self._closed

class StreamWriter:
    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        assert reader is None or isinstance(reader, StreamReader)  # CPython: asyncio/streams.py:315
        self._reader = reader
        self._loop = loop
        self._complete_fut = self._loop.create_future()  # CPython: asyncio/streams.py:318
        self._complete_fut.set_result(None)  # CPython: asyncio/streams.py:319

    def __repr__(self):
        info = [self.__class__.__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')  # CPython: asyncio/streams.py:324
        return '<{}>'.format(' '.join(info))  # CPython: asyncio/streams.py:325

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)  # CPython: asyncio/streams.py:332

    def writelines(self, data):
        self._transport.writelines(data)  # CPython: asyncio/streams.py:335

    def write_eof(self):
        return self._transport.write_eof()  # CPython: asyncio/streams.py:338

    def can_write_eof(self):
        return self._transport.can_write_eof()  # CPython: asyncio/streams.py:341

    def close(self):
        return self._transport.close()  # CPython: asyncio/streams.py:344

    def is_closing(self):
        return self._transport.is_closing()  # CPython: asyncio/streams.py:347

    async def wait_closed(self):
        await self._protocol._get_close_waiter(self)  # CPython: asyncio/streams.py:350

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)  # CPython: asyncio/streams.py:353

    async def drain(self):
        if self._reader is not None:
            exc = self._reader.exception()  # CPython: asyncio/streams.py:364
            if exc is not None:
                raise exc  # CPython: asyncio/streams.py:366
        if self._transport.is_closing():  # CPython: asyncio/streams.py:367
            await sleep(0)  # CPython: asyncio/streams.py:377
        await self._protocol._drain_helper()  # CPython: asyncio/streams.py:378

    async def start_tls(self, sslcontext, *,
                        server_hostname=None,
                        ssl_handshake_timeout=None):
        server_side = self._protocol._client_connected_cb is not None
        protocol = self._protocol
        await self.drain()  # CPython: asyncio/streams.py:386
        new_transport = await self._loop.start_tls(  # type: ignore
            self._transport, protocol, sslcontext,
            server_side=server_side, server_hostname=server_hostname,
            ssl_handshake_timeout=ssl_handshake_timeout)
        self._transport = new_transport
        protocol._replace_writer(self)  # CPython: asyncio/streams.py:392


class StreamReader:
    _source_traceback = None

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')  # CPython: asyncio/streams.py:404

        self._limit = limit
        if loop is None:
            self._loop = events._get_event_loop()  # CPython: asyncio/streams.py:408
        else:
            self._loop = loop
        self._buffer = bytearray()  # CPython: asyncio/streams.py:411
        self._eof = False    # Whether we're done.
        self._waiter = None  # A future used by _wait_for_data()
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')  # CPython: asyncio/streams.py:424
        if self._eof:
            info.append('eof')  # CPython: asyncio/streams.py:426
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')  # CPython: asyncio/streams.py:428
        if self._waiter:
            info.append(f'waiter={self._waiter!r}')  # CPython: asyncio/streams.py:430
        if self._exception:
            info.append(f'exception={self._exception!r}')  # CPython: asyncio/streams.py:432
        if self._transport:
            info.append(f'transport={self._transport!r}')  # CPython: asyncio/streams.py:434
        if self._paused:
            info.append('paused')  # CPython: asyncio/streams.py:436
        return '<{}>'.format(' '.join(info))  # CPython: asyncio/streams.py:437

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc

        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():  # CPython: asyncio/streams.py:448
                waiter.set_exception(exc)  # CPython: asyncio/streams.py:449

    def _wakeup_waiter(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():  # CPython: asyncio/streams.py:456
                waiter.set_result(None)  # CPython: asyncio/streams.py:457

    def set_transport(self, transport):
        assert self._transport is None, 'Transport already set'
        self._transport = transport

    def _maybe_resume_transport(self):
        if self._paused and len(self._buffer) <= self._limit:  # CPython: asyncio/streams.py:464
            self._paused = False
            self._transport.resume_reading()  # CPython: asyncio/streams.py:466

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()  # CPython: asyncio/streams.py:470

    def at_eof(self):
        return self._eof and not self._buffer

    def feed_data(self, data):
        assert not self._eof, 'feed_data after feed_eof'

        if not data:
            return

        self._buffer.extend(data)  # CPython: asyncio/streams.py:482
        self._wakeup_waiter()  # CPython: asyncio/streams.py:483

        if (self._transport is not None and  # CPython: asyncio/streams.py:485
                not self._paused and
                len(self._buffer) > 2 * self._limit):  # CPython: asyncio/streams.py:487
            try:
                self._transport.pause_reading()  # CPython: asyncio/streams.py:489
            except NotImplementedError:
                self._transport = None
            else:
                self._paused = True

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(  # CPython: asyncio/streams.py:508
                f'{func_name}() called while another coroutine is '  # CPython: asyncio/streams.py:509
                f'already waiting for incoming data')

        assert not self._eof, '_wait_for_data after EOF'

        if self._paused:
            self._paused = False
            self._transport.resume_reading()  # CPython: asyncio/streams.py:518

        self._waiter = self._loop.create_future()  # CPython: asyncio/streams.py:520
        try:
            await self._waiter  # CPython: asyncio/streams.py:522
        finally:
            self._waiter = None

    async def readline(self):
        sep = b'\n'
        seplen = len(sep)  # CPython: asyncio/streams.py:543
        try:
            line = await self.readuntil(sep)  # CPython: asyncio/streams.py:545
        except exceptions.IncompleteReadError as e:
            return e.partial
        except exceptions.LimitOverrunError as e:
            if self._buffer.startswith(sep, e.consumed):  # CPython: asyncio/streams.py:549
                del self._buffer[:e.consumed + seplen]
            else:
                self._buffer.clear()  # CPython: asyncio/streams.py:552
            self._maybe_resume_transport()  # CPython: asyncio/streams.py:553
            raise ValueError(e.args[0])  # CPython: asyncio/streams.py:554
        return line

    async def readuntil(self, separator=b'\n'):
        seplen = len(separator)  # CPython: asyncio/streams.py:577
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')  # CPython: asyncio/streams.py:579

        if self._exception is not None:
            raise self._exception  # CPython: asyncio/streams.py:582


        offset = 0

        while True:
            buflen = len(self._buffer)  # CPython: asyncio/streams.py:608

            if buflen - offset >= seplen:
                isep = self._buffer.find(separator, offset)  # CPython: asyncio/streams.py:613

                if isep != -1:
                    break

                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise exceptions.LimitOverrunError(
                        'Separator is not found, and chunk exceed the limit',
                        offset)

            if self._eof:
                chunk = bytes(self._buffer)  # CPython: asyncio/streams.py:632
                self._buffer.clear()  # CPython: asyncio/streams.py:633
                raise exceptions.IncompleteReadError(chunk, None)  # CPython: asyncio/streams.py:634

            await self._wait_for_data('readuntil')  # CPython: asyncio/streams.py:637

        if isep > self._limit:
            raise exceptions.LimitOverrunError(
                'Separator is found, but chunk is longer than limit', isep)

        chunk = self._buffer[:isep + seplen]
        del self._buffer[:isep + seplen]
        self._maybe_resume_transport()  # CPython: asyncio/streams.py:645
        return bytes(chunk)  # CPython: asyncio/streams.py:646

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception  # CPython: asyncio/streams.py:670

        if n == 0:
            return b''

        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)  # CPython: asyncio/streams.py:682
                if not block:
                    break
                blocks.append(block)  # CPython: asyncio/streams.py:685
            return b''.join(blocks)  # CPython: asyncio/streams.py:686

        if not self._buffer and not self._eof:
            await self._wait_for_data('read')  # CPython: asyncio/streams.py:689

        data = bytes(self._buffer[:n])  # CPython: asyncio/streams.py:692
        del self._buffer[:n]

        self._maybe_resume_transport()  # CPython: asyncio/streams.py:695
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')  # CPython: asyncio/streams.py:714

        if self._exception is not None:
            raise self._exception  # CPython: asyncio/streams.py:717

        if n == 0:
            return b''

        while len(self._buffer) < n:  # CPython: asyncio/streams.py:722
            if self._eof:
                incomplete = bytes(self._buffer)  # CPython: asyncio/streams.py:724
                self._buffer.clear()
                raise exceptions.IncompleteReadError(incomplete, n)  # CPython: asyncio/streams.py:726

            await self._wait_for_data('readexactly')  # CPython: asyncio/streams.py:728

        if len(self._buffer) == n:  # CPython: asyncio/streams.py:730
            data = bytes(self._buffer)  # CPython: asyncio/streams.py:731
            self._buffer.clear()
        else:
            data = bytes(self._buffer[:n])  # CPython: asyncio/streams.py:734
            del self._buffer[:n]
        self._maybe_resume_transport()  # CPython: asyncio/streams.py:736
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()  # CPython: asyncio/streams.py:743
        if val == b'':
            raise StopAsyncIteration  # CPython: asyncio/streams.py:745
        return val
