"""The io module: open() and file objects come from the Rust module _io;
the in-memory files StringIO and BytesIO are here."""

from _io import open, UnsupportedOperation
from operator import index as _position

__all__ = ['open', 'UnsupportedOperation', 'StringIO', 'BytesIO', 'SEEK_SET',
           'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'IOBase', 'TextIOBase',
           'BufferedIOBase', 'RawIOBase']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class IOBase:
    """The base of gilpy's Python-level streams: closing, context
    management, iteration over lines, readlines and writelines. A subclass
    reads through readline() and may report closing by its own `closed`."""

    __module__ = '_io'

    _closed = False
    _closed_message = 'I/O operation on closed file.'

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check_open(self):
        if self.closed:
            raise ValueError(self._closed_message)

    def _check_open_generic(self):
        # The operations every stream inherits say it with a full stop, even
        # where the stream's own methods (StringIO's, GzipFile's) do not.
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def flush(self):
        self._check_open()

    # A bare stream can do none of these; each kind of file says what it can.
    def readable(self):
        self._check_open()
        return False

    def writable(self):
        self._check_open()
        return False

    def seekable(self):
        self._check_open()
        return False

    def isatty(self):
        self._check_open()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def __enter__(self):
        self._check_open_generic()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open_generic()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # Whether readlines stops once the lines reach hint, or only past it.
    _hint_reached_at_equal = False

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total > hint or (self._hint_reached_at_equal and total == hint):
                break
        return lines

    def writelines(self, lines):
        self._check_open_generic()
        for line in lines:
            self.write(line)


class TextIOBase(IOBase):
    __module__ = '_io'


class BufferedIOBase(IOBase):
    __module__ = '_io'


class RawIOBase(IOBase):
    __module__ = '_io'


def _line_end(text, newline, size, eof):
    """Where the first line of text ends (just past its terminator) for a
    text stream's newline mode, cut at size (when >= 0); -1 when more input
    is needed to tell. newline '' ends lines at '\n', '\r' or '\r\n'."""
    marks = ('\r', '\n') if newline == '' else (newline or '\n',)
    found = [text.find(mark) + len(mark) for mark in marks if mark in text]
    end = min(found, default=-1)
    if newline == '' and end > 0 and text[end - 1] == '\r':
        if end < len(text):
            end += text[end] == '\n'
        elif not eof:
            end = -1  # a '\n' may still follow
    if end < 0 and eof:
        end = len(text)
    if size is not None and size >= 0 and (end > size or (end < 0 and len(text) >= size)):
        end = size
    return end


class _Memory:
    """A growable sequence (str or bytes) with a position. Appends at the end
    are kept as chunks and joined when the whole is needed, so that writing
    many small pieces stays linear."""

    def __init__(self, empty, initial):
        self.empty = empty
        self.data = initial
        self.chunks = []
        self.size = len(initial)
        self.pos = 0

    def value(self):
        if self.chunks:
            self.data = self.empty.join([self.data] + self.chunks)
            self.chunks = []
        return self.data

    def write(self, s):
        if not s:
            return
        if self.pos == self.size:
            self.chunks.append(s)
        else:
            data = self.value()
            if self.pos > self.size:
                # Writing past the end fills the gap with NULs, as a file would.
                data += _nuls(data, self.pos - self.size)
            self.data = data[:self.pos] + s + data[self.pos + len(s):]
            self.size = len(self.data)
            self.pos += len(s)
            return
        self.size += len(s)
        self.pos += len(s)

    def read(self, size):
        data = self.value()
        start = min(self.pos, self.size)
        end = self.size if size is None or size < 0 else min(self.size, start + size)
        self.pos = max(self.pos, end)
        return data[start:end]

    def readline(self, size, terminator):
        """The next line, ending after terminator; None as terminator ends
        lines at '\r', '\n' or '\r\n'."""
        data = self.value()
        start = min(self.pos, self.size)
        stop = self.size if size is None or size < 0 else min(self.size, start + size)
        if terminator is None:
            nl = data.find('\n', start, stop)
            cr = data.find('\r', start, stop)
            if cr >= 0 and (nl < 0 or cr < nl):
                end = cr + 2 if nl == cr + 1 else cr + 1
            else:
                end = nl + 1 if nl >= 0 else stop
        else:
            i = _find(data, terminator, start, stop)
            end = i + len(terminator) if i >= 0 else stop
        self.pos = max(self.pos, end)
        return data[start:end]

    def truncate(self, size):
        data = self.value()
        if size < self.size:
            self.data = data[:size]
            self.size = size
        return size


def _find(data, sub, start, stop):
    if isinstance(data, str):
        return data.find(sub, start, stop)
    # bytes.find takes no bounds here: search growing slices, so that a
    # long buffer read line by line is not copied whole for each line.
    size = 256
    while start < stop:
        end = min(stop, start + size)
        i = data[start:end].find(sub)
        if i >= 0:
            return start + i
        if end == stop:
            break
        start = max(start, end - len(sub) + 1)
        size *= 2
    return -1


def _nuls(like, n):
    return ('\0' if isinstance(like, str) else b'\0') * n


def _while_open(self):
    """readable/writable/seekable of the memory files: always, until closed."""
    self._check_open()
    return True


class StringIO(TextIOBase):
    """An in-memory text file. newline works as for open(): None translates
    '\\r\\n' and '\\r' to '\\n' when writing, '' splits lines at any of
    them without translating, and '\\n' (the default) neither."""

    __module__ = '_io'

    _closed_message = 'I/O operation on closed file'

    readable = writable = seekable = _while_open

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        self._newline = newline
        self._buffer = _Memory('', '')
        if initial_value:
            self._buffer.write(self._translate(initial_value))
            self._buffer.pos = 0

    def _translate(self, s):
        if self._newline is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if self._newline not in ('', '\n'):
            return s.replace('\n', self._newline)
        return s

    def getvalue(self):
        self._check_open()
        return self._buffer.value()

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        self._buffer.write(self._translate(s))
        return n

    def read(self, size=-1):
        self._check_open()
        if size is not None:
            size = _position(size)
        return self._buffer.read(size)

    def readline(self, size=-1):
        self._check_open()
        if size is not None:
            size = _position(size)
        terminator = None if self._newline == '' else self._newline or '\n'
        return self._buffer.readline(size, terminator)

    def seek(self, pos, whence=0):
        self._check_open()
        pos = _position(pos)
        if whence not in (0, 1, 2):
            raise ValueError('Invalid whence (%s, should be 0, 1 or 2)' % whence)
        if pos < 0 and whence == 0:
            raise ValueError('Negative seek position %d' % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2:
            pos = self._buffer.size
        elif whence == 1:
            pos = self._buffer.pos
        self._buffer.pos = pos
        return pos

    def tell(self):
        self._check_open()
        return self._buffer.pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._buffer.pos
        size = _position(size)
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        return self._buffer.truncate(size)

    def detach(self):
        raise UnsupportedOperation('detach')


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


class BytesIO(BufferedIOBase):
    """An in-memory binary file."""

    __module__ = '_io'

    _hint_reached_at_equal = True

    readable = writable = seekable = _while_open

    def __init__(self, initial_bytes=b''):
        self._buffer = _Memory(b'', b'')
        if initial_bytes:
            self._buffer.write(_bytes_like(initial_bytes))
            self._buffer.pos = 0

    def getvalue(self):
        self._check_open()
        return self._buffer.value()

    def write(self, b):
        self._check_open()
        data = _bytes_like(b)
        self._buffer.write(data)
        return len(data)

    def read(self, size=-1):
        self._check_open()
        if size is not None:
            size = _position(size)
        return self._buffer.read(size)

    read1 = read

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_open()
        if size is not None:
            size = _position(size)
        return self._buffer.readline(size, b'\n')

    def seek(self, pos, whence=0):
        self._check_open()
        pos = _position(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
        elif whence == 1:
            pos = max(0, self._buffer.pos + pos)
        elif whence == 2:
            pos = max(0, self._buffer.size + pos)
        else:
            raise ValueError('invalid whence (%s, should be 0, 1 or 2)' % whence)
        self._buffer.pos = pos
        return pos

    def tell(self):
        self._check_open()
        return self._buffer.pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._buffer.pos
        size = _position(size)
        if size < 0:
            raise ValueError('negative size value %d' % size)
        return self._buffer.truncate(size)
