"""asyncio streams: reading and writing a connection with coroutines.

gilpy's asyncio.streams. open_connection() and start_server() put a
StreamReaderProtocol between the event loop's transport and a pair of
stream objects. Bytes that arrive are buffered in the StreamReader, whose
read coroutines wait until enough are there (reading is paused at the
transport while the buffer is far over its limit). The StreamWriter
writes through the transport; drain() waits while the transport has told
the protocol to pause writing.

Some lines carry CPython's line numbers so that tracebacks through them
read as CPython's; those lines keep CPython's wording.
"""

__all__ = ('StreamReader', 'StreamWriter', 'StreamReaderProtocol',
           'open_connection', 'start_server',
           'open_unix_connection', 'start_unix_server')

import asyncio as _asyncio
from asyncio.selector_events import Protocol as _Protocol

exceptions = _asyncio.exceptions

_DEFAULT_LIMIT = 2 ** 16  # bytes a line or separated chunk may take


def _reader_and_protocol(loop, limit, client_connected_cb=None):
    reader = StreamReader(limit, loop)
    return reader, StreamReaderProtocol(reader, client_connected_cb,
                                        loop=loop)


async def open_connection(host=None, port=None, *,
                          limit=_DEFAULT_LIMIT, **kwds):
    """Connect over TCP and return a (StreamReader, StreamWriter) pair.

    Further keyword arguments go to loop.create_connection().
    """
    loop = _asyncio.get_running_loop()
    reader, protocol = _reader_and_protocol(loop, limit)
    transport, _ = await loop.create_connection(  # CPython: asyncio/streams.py:48
        lambda: protocol, host, port, **kwds)
    return reader, StreamWriter(transport, protocol, reader, loop)


async def start_server(client_connected_cb, host=None, port=None, *,
                       limit=_DEFAULT_LIMIT, **kwds):
    """Serve TCP connections: each one calls client_connected_cb(reader,
    writer), and a coroutine it returns is run as a task.

    Further keyword arguments go to loop.create_server(), whose Server is
    returned.
    """
    loop = _asyncio.get_running_loop()

    def factory():
        return _reader_and_protocol(loop, limit, client_connected_cb)[1]
    return await loop.create_server(factory, host, port, **kwds)  # CPython: asyncio/streams.py:85


async def open_unix_connection(path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """open_connection() for a Unix domain socket."""
    loop = _asyncio.get_running_loop()
    reader, protocol = _reader_and_protocol(loop, limit)
    transport, _ = await loop.create_unix_connection(
        lambda: protocol, path, **kwds)
    return reader, StreamWriter(transport, protocol, reader, loop)


async def start_unix_server(client_connected_cb, path=None, *,
                            limit=_DEFAULT_LIMIT, **kwds):
    """start_server() on a Unix domain socket."""
    loop = _asyncio.get_running_loop()

    def factory():
        return _reader_and_protocol(loop, limit, client_connected_cb)[1]
    return await loop.create_unix_server(factory, path, **kwds)


class StreamReaderProtocol(_Protocol):
    """Feeds a transport's incoming data to a StreamReader and tracks the
    flow control a StreamWriter's drain() waits on.

    On the server side (with a client_connected_cb) it also makes the
    StreamWriter and starts the callback when the connection is made.
    """

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        self._loop = _asyncio.get_event_loop() if loop is None else loop
        self._stream_reader = stream_reader
        self._stream_writer = None
        self._on_client = client_connected_cb
        self._task = None
        self._channel = None
        # Resolved when the connection goes; StreamWriter.wait_closed()
        # awaits it.
        self._close_future = self._loop.create_future()
        self._write_paused = False
        self._lost = False
        self._drainers = []

    def connection_made(self, transport):
        self._channel = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
        if self._on_client is None:
            return
        writer = self._stream_writer = StreamWriter(transport, self, reader,
                                                    self._loop)
        outcome = self._on_client(reader, writer)
        if _asyncio.iscoroutine(outcome):
            # Kept so the task lives as long as the connection.
            self._task = self._loop.create_task(outcome)

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        self._settle(self._close_future, exc)
        self._lost = True
        if self._write_paused:
            for waiter in self._drainers:
                self._settle(waiter, exc)
        self._stream_reader = self._stream_writer = None
        self._task = self._channel = None

    @staticmethod
    def _settle(future, exc):
        if future.done():
            return
        if exc is None:
            future.set_result(None)
        else:
            future.set_exception(exc)

    def data_received(self, data):
        if self._stream_reader is not None:
            self._stream_reader.feed_data(data)

    def eof_received(self):
        if self._stream_reader is not None:
            self._stream_reader.feed_eof()
        # Keep the transport open: the writer may still send.
        return True

    def pause_writing(self):
        self._write_paused = True

    def resume_writing(self):
        self._write_paused = False
        for waiter in self._drainers:
            self._settle(waiter, None)

    async def _drain_helper(self):
        if self._lost:
            raise ConnectionResetError('Connection lost')  # CPython: asyncio/streams.py:167
        if not self._write_paused:
            return
        waiter = self._loop.create_future()
        self._drainers.append(waiter)
        try:
            await waiter  # CPython: asyncio/streams.py:173
        finally:
            self._drainers.remove(waiter)

    def _get_close_waiter(self, stream):
        return self._close_future


class StreamWriter:
    """Writes to a transport, with drain() to respect its flow control."""

    def __init__(self, transport, protocol, reader, loop):
        self._channel = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        shown = f'{type(self).__name__} transport={self._channel!r}'
        if self._reader is not None:
            shown += f' reader={self._reader!r}'
        return f'<{shown}>'

    @property
    def transport(self):
        return self._channel

    def write(self, data):
        self._channel.write(data)

    def writelines(self, data):
        self._channel.writelines(data)

    def write_eof(self):
        return self._channel.write_eof()

    def can_write_eof(self):
        return self._channel.can_write_eof()

    def close(self):
        return self._channel.close()

    def is_closing(self):
        return self._channel.is_closing()

    async def wait_closed(self):
        """Wait until the connection is closed; re-raises the error that
        closed it, if any."""
        await self._protocol._get_close_waiter(self)

    def get_extra_info(self, name, default=None):
        return self._channel.get_extra_info(name, default)

    async def drain(self):
        """Wait until it is fine to write more.

        Raises the reader's exception, or ConnectionResetError once the
        connection is gone.
        """
        if self._reader is not None:
            exc = self._reader.exception()
            if exc is not None:
                raise exc  # CPython: asyncio/streams.py:366
        if self._channel.is_closing():
            # Give connection_lost() a turn of the loop to run, so that
            # writing into a closed connection is reported below.
            await _asyncio.sleep(0)
        await self._protocol._drain_helper()  # CPython: asyncio/streams.py:378


class StreamReader:
    """A buffer of received bytes with coroutines that wait for enough of
    them.

    `limit` bounds how much readline() and readuntil() may gather before
    finding their separator; reading from the transport pauses while more
    than twice that is buffered.
    """

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = _asyncio.get_event_loop() if loop is None else loop
        self._data = bytearray()
        self._at_end = False
        self._waiter = None     # the future a reader waits on for data
        self._exception = None
        self._channel = None
        self._paused = False    # whether we paused the transport's reading

    def __repr__(self):
        parts = ['StreamReader']
        if self._data:
            parts.append(f'{len(self._data)} bytes')
        if self._at_end:
            parts.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            parts.append(f'limit={self._limit}')
        for label, value in (('waiter', self._waiter),
                             ('exception', self._exception),
                             ('transport', self._channel)):
            if value:
                parts.append(f'{label}={value!r}')
        if self._paused:
            parts.append('paused')
        return f"<{' '.join(parts)}>"

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        """Make the reads raise `exc`, including one waiting now."""
        self._exception = exc
        self._wake(exc)

    def _wake(self, exc=None):
        waiter, self._waiter = self._waiter, None
        if waiter is None or waiter.cancelled():
            return
        if exc is None:
            waiter.set_result(None)
        else:
            waiter.set_exception(exc)

    def set_transport(self, transport):
        assert self._channel is None, 'Transport already set'
        self._channel = transport

    def feed_eof(self):
        self._at_end = True
        self._wake()

    def at_eof(self):
        """True when the end was reached and everything was read."""
        return self._at_end and not self._data

    def feed_data(self, data):
        assert not self._at_end, 'feed_data after feed_eof'
        if not data:
            return
        self._data += data
        self._wake()
        if (self._channel is not None and not self._paused
                and len(self._data) > 2 * self._limit):
            try:
                self._channel.pause_reading()
            except NotImplementedError:
                # This transport cannot pause; stop trying.
                self._channel = None
            else:
                self._paused = True

    def _take(self, n):
        """Remove and return the first n buffered bytes, resuming the
        transport once the buffer is back within the limit."""
        data = bytes(self._data[:n])
        del self._data[:n]
        if self._paused and len(self._data) <= self._limit:
            self._paused = False
            self._channel.resume_reading()
        return data

    async def _wait_for_data(self, func_name):
        """Wait until data or EOF arrives (or an exception is set)."""
        if self._waiter is not None:
            raise RuntimeError(
                f'{func_name}() called while another coroutine is '
                f'already waiting for incoming data')
        assert not self._at_end, '_wait_for_data after EOF'
        if self._paused:
            self._paused = False
            self._channel.resume_reading()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter  # CPython: asyncio/streams.py:522
        finally:
            self._waiter = None

    async def readline(self):
        """Read up to and including b'\\n'; at EOF, whatever is left.

        A line longer than the limit raises ValueError, after discarding
        it (or, with no newline yet, the whole buffer).
        """
        sep = b'\n'
        try:
            line = await self.readuntil(sep)  # CPython: asyncio/streams.py:545
        except exceptions.IncompleteReadError as e:
            return e.partial
        except exceptions.LimitOverrunError as e:
            if self._data.startswith(sep, e.consumed):
                self._take(e.consumed + len(sep))
            else:
                self._take(len(self._data))
            raise ValueError(e.args[0])  # CPython: asyncio/streams.py:554
        return line

    async def readuntil(self, separator=b'\n'):
        """Read up to and including `separator`.

        Raises IncompleteReadError (with the data, which is consumed) at
        EOF without a separator, and LimitOverrunError (consuming nothing)
        when the data before it would exceed the limit.
        """
        if not separator:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception  # CPython: asyncio/streams.py:582
        # No separator starts before `searched`: data already looked at is
        # not scanned again as more arrives.
        searched = 0
        while True:
            found = self._data.find(separator, searched)
            if found >= 0:
                break
            searched = max(0, len(self._data) + 1 - len(separator))
            if searched > self._limit:
                raise exceptions.LimitOverrunError(
                    'Separator is not found, and chunk exceed the limit',
                    searched)
            if self._at_end:
                chunk = self._take(len(self._data))
                raise exceptions.IncompleteReadError(chunk, None)  # CPython: asyncio/streams.py:634
            await self._wait_for_data('readuntil')  # CPython: asyncio/streams.py:637
        if found > self._limit:
            raise exceptions.LimitOverrunError(
                'Separator is found, but chunk is longer than limit', found)
        return self._take(found + len(separator))

    async def read(self, n=-1):
        """Read at most n bytes (at least one unless at EOF); with n < 0,
        everything up to EOF."""
        if self._exception is not None:
            raise self._exception  # CPython: asyncio/streams.py:670
        if n == 0:
            return b''
        if n < 0:
            # Limit-sized pieces let the transport resume as we go.
            pieces = []
            while True:
                block = await self.read(self._limit)  # CPython: asyncio/streams.py:682
                if not block:
                    return b''.join(pieces)
                pieces.append(block)
        if not self._data and not self._at_end:
            await self._wait_for_data('read')  # CPython: asyncio/streams.py:689
        return self._take(n)

    async def readexactly(self, n):
        """Read exactly n bytes; IncompleteReadError (with what there was,
        now consumed) if EOF comes first."""
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception  # CPython: asyncio/streams.py:717
        while len(self._data) < n:
            if self._at_end:
                incomplete = self._take(len(self._data))
                raise exceptions.IncompleteReadError(incomplete, n)  # CPython: asyncio/streams.py:726
            await self._wait_for_data('readexactly')  # CPython: asyncio/streams.py:728
        return self._take(n)

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()  # CPython: asyncio/streams.py:743
        if not val:
            raise StopAsyncIteration
        return val
