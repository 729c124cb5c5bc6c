"""asyncio.subprocess: child programs driven from coroutines.

create_subprocess_exec() and create_subprocess_shell() start the child with
subprocess.Popen and wrap it in a Process. Its piped stdout and stderr become
StreamReaders that the event loop fills as the pipes turn readable; its stdin is a
StreamWriter over a non-blocking pipe. The child's exit is waited for on a helper
thread, which releases the GIL while it waits and hands the status to the loop (the
approach of CPython's ThreadedChildWatcher).
"""

__all__ = ('create_subprocess_exec', 'create_subprocess_shell', 'Process',
           'PIPE', 'STDOUT', 'DEVNULL')

import os as _os
import subprocess as _subprocess
import threading as _threading

import asyncio as _asyncio
from asyncio.selector_events import ReadTransport as _ReadTransport
from asyncio.selector_events import _FlowControlMixin
from asyncio.streams import (StreamReader, StreamReaderProtocol, StreamWriter,
                             _DEFAULT_LIMIT)

PIPE = _subprocess.PIPE
STDOUT = _subprocess.STDOUT
DEVNULL = _subprocess.DEVNULL

_READ_SIZE = 65536


class _PipeReading(_ReadTransport):
    """Moves what arrives on a pipe into a StreamReader, closing the pipe at its end."""

    def __init__(self, loop, pipe, reader):
        super().__init__()
        self._loop = loop
        self._pipe = pipe
        self._fd = pipe.fileno()
        self._reader = reader
        self._paused = False
        _os.set_blocking(self._fd, False)
        reader.set_transport(self)
        loop.add_reader(self._fd, self._on_readable)

    def _on_readable(self):
        try:
            data = _os.read(self._fd, _READ_SIZE)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self.close()
            self._reader.set_exception(exc)
            return
        if data:
            self._reader.feed_data(data)
        else:
            self.close()
            self._reader.feed_eof()

    def is_reading(self):
        return not self._paused and not self.is_closing()

    def pause_reading(self):
        if self.is_reading():
            self._paused = True
            self._loop.remove_reader(self._fd)

    def resume_reading(self):
        if self._paused and not self.is_closing():
            self._paused = False
            self._loop.add_reader(self._fd, self._on_readable)

    def is_closing(self):
        return self._pipe.closed

    def close(self):
        if not self._pipe.closed:
            self._loop.remove_reader(self._fd)
            self._pipe.close()


class _PipeWriting(_FlowControlMixin):
    """Writes into a pipe without blocking the loop: what the pipe cannot take yet is
    kept and written as it drains."""

    def __init__(self, loop, pipe, protocol):
        super().__init__(None, loop)
        self._pipe = pipe
        self._fd = pipe.fileno()
        self._protocol = protocol
        self._pending = bytearray()
        self._closing = False
        _os.set_blocking(self._fd, False)
        protocol.connection_made(self)

    def get_write_buffer_size(self):
        return len(self._pending)

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError('data argument must be a bytes-like object, not %r'
                            % type(data).__name__)
        if not data or self._pipe.closed:
            return
        was_idle = not self._pending
        self._pending += data
        if was_idle:
            self._on_writable()
            if self._pending:
                self._loop.add_writer(self._fd, self._on_writable)
        self._maybe_pause_protocol()

    def _on_writable(self):
        try:
            n = _os.write(self._fd, self._pending)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            # Typically a broken pipe: the child is gone or closed its stdin.
            self._finish(exc)
            return
        del self._pending[:n]
        self._maybe_resume_protocol()
        if not self._pending:
            self._loop.remove_writer(self._fd)
            if self._closing:
                self._finish(None)

    def can_write_eof(self):
        return True

    def write_eof(self):
        self.close()

    def is_closing(self):
        return self._closing or self._pipe.closed

    def close(self):
        if self._closing:
            return
        self._closing = True
        if not self._pending:
            self._finish(None)

    def abort(self):
        self._finish(None)

    def _finish(self, exc):
        if self._pipe.closed:
            return
        self._closing = True
        self._loop.remove_writer(self._fd)
        self._pending.clear()
        self._pipe.close()
        self._loop.call_soon(self._protocol.connection_lost, exc)


class Process:
    def __init__(self, popen, loop, limit):
        self._popen = popen
        self._loop = loop
        self.pid = popen.pid
        self.stdin = self.stdout = self.stderr = None
        if popen.stdin is not None:
            protocol = StreamReaderProtocol(None, loop=loop)
            self.stdin = StreamWriter(_PipeWriting(loop, popen.stdin, protocol), protocol,
                                      None, loop)
        for name in ('stdout', 'stderr'):
            pipe = getattr(popen, name)
            if pipe is not None:
                reader = StreamReader(limit=limit, loop=loop)
                _PipeReading(loop, pipe, reader)
                setattr(self, name, reader)
        self._exit_code = None
        self._exit_waiters = []
        _threading.Thread(target=self._watch, daemon=True).start()

    def __repr__(self):
        return f'<{type(self).__name__} {self.pid}>'

    def _watch(self):
        code = self._popen.wait()
        try:
            self._loop.call_soon_threadsafe(self._exited, code)
        except RuntimeError:
            pass    # the loop was closed while the child ran: nobody is waiting

    def _exited(self, code):
        self._exit_code = code
        for waiter in self._exit_waiters:
            if not waiter.done():
                waiter.set_result(code)
        self._exit_waiters.clear()

    @property
    def returncode(self):
        return self._exit_code

    async def wait(self):
        """Wait for the child to exit; its return code."""
        if self._exit_code is None:
            waiter = self._loop.create_future()
            self._exit_waiters.append(waiter)
            await waiter
        return self._exit_code

    def send_signal(self, signal):
        self._popen.send_signal(signal)

    def terminate(self):
        self._popen.terminate()

    def kill(self):
        self._popen.kill()

    async def _feed(self, data):
        self.stdin.write(data)
        try:
            await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            pass    # the child stopped reading: not an error for communicate()
        self.stdin.close()

    async def communicate(self, input=None):
        async def nothing():
            return None
        steps = [self._feed(input) if input is not None else nothing()]
        for stream in (self.stdout, self.stderr):
            steps.append(stream.read() if stream is not None else nothing())
        _, out, err = await _asyncio.gather(*steps)
        await self.wait()
        return out, err


def _check_byte_streams(kwds, shell):
    """Refuses, as CPython does, the Popen options that a Process's byte streams or
    the chosen function exclude."""
    if kwds.get('universal_newlines'):
        raise ValueError('universal_newlines must be False')
    if bool(kwds.pop('shell', shell)) != shell:
        raise ValueError('shell must be %s' % shell)
    if kwds.pop('bufsize', 0) != 0:
        raise ValueError('bufsize must be 0')
    if kwds.get('text'):
        raise ValueError('text must be False')
    for name in ('encoding', 'errors'):
        if kwds.get(name) is not None:
            raise ValueError('%s must be None' % name)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None,
                                 limit=_DEFAULT_LIMIT, **kwds):
    loop = _asyncio.get_running_loop()
    _check_byte_streams(kwds, False)
    popen = _subprocess.Popen((program,) + args, bufsize=0, stdin=stdin, stdout=stdout,
                              stderr=stderr, **kwds)
    return Process(popen, loop, limit)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=_DEFAULT_LIMIT, **kwds):
    loop = _asyncio.get_running_loop()
    if not isinstance(cmd, (bytes, str)):
        raise ValueError('cmd must be a string')
    _check_byte_streams(kwds, True)
    popen = _subprocess.Popen(cmd, shell=True, bufsize=0, stdin=stdin, stdout=stdout,
                              stderr=stderr, **kwds)
    return Process(popen, loop, limit)
