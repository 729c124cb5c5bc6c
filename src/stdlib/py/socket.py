"""socket: gilpy's Python layer over its native `_socket` module.

It adds what CPython's socket module adds to its C core: AddressFamily and
SocketKind enums, a socket class with readable reprs, use as a context
manager and makefile() streams, and the helpers socketpair(),
create_connection(), create_server() and getaddrinfo().
"""

import io
import _socket
from _socket import *
from enum import IntEnum as _IntEnum

EBADF = 9
EAGAIN = 11
EWOULDBLOCK = 11

error = OSError
timeout = TimeoutError


class AddressFamily(_IntEnum):
    AF_UNSPEC = _socket.AF_UNSPEC
    AF_UNIX = _socket.AF_UNIX
    AF_INET = _socket.AF_INET
    AF_INET6 = _socket.AF_INET6


class SocketKind(_IntEnum):
    SOCK_STREAM = _socket.SOCK_STREAM
    SOCK_DGRAM = _socket.SOCK_DGRAM
    SOCK_RAW = _socket.SOCK_RAW
    SOCK_SEQPACKET = _socket.SOCK_SEQPACKET
    SOCK_NONBLOCK = _socket.SOCK_NONBLOCK
    SOCK_CLOEXEC = _socket.SOCK_CLOEXEC


AddressFamily.__module__ = SocketKind.__module__ = 'socket'
for _enum in (AddressFamily, SocketKind):
    for _member in _enum:
        globals()[_member.name] = _member
del _enum, _member


def _as_enum(value, enum):
    """`value` as a member of `enum`, or unchanged when it names none."""
    try:
        return enum(value)
    except ValueError:
        return value


class socket(_socket.socket):
    """A socket: the native one with enum-valued family and type, use as a
    context manager, and makefile() streams."""

    # Open makefile() streams: the descriptor is only closed once close()
    # was called and all of them are closed too.
    _io_refs = 0
    _closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()  # CPython: socket.py:241

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        text = (f"<{type(self).__module__}.{type(self).__qualname__}"
                f"{' [closed]' if closed else ''} fd={self.fileno()}, "
                f"family={self.family!s}, type={self.type!s}, "
                f"proto={self.proto}")
        if not closed:
            for label, query in (('laddr', self.getsockname),
                                 ('raddr', self.getpeername)):
                try:
                    address = query()
                except OSError:
                    continue  # e.g. not connected: no remote address
                if address:
                    text += f", {label}={address}"
        return text + '>'

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")  # CPython: socket.py:274

    def dup(self):
        """Return a new socket object on a duplicate of the descriptor."""
        twin = type(self)(self.family, self.type, self.proto,
                          fileno=dup(self.fileno()))
        twin.settimeout(self.gettimeout())
        return twin

    def accept(self):
        """Wait for a connection; return (its socket, the peer's address)."""
        fd, addr = self._accept()  # CPython: socket.py:294
        conn = socket(self.family, self.type, self.proto, fileno=fd)
        # A listener with a timeout is non-blocking underneath, which the
        # accepted descriptor inherits; with no default timeout the new
        # socket should block.
        if getdefaulttimeout() is None and self.gettimeout():
            conn.setblocking(True)
        return conn, addr

    def makefile(self, mode="r", buffering=None, *,
                 encoding=None, errors=None, newline=None):
        """Return a file object on the socket. `mode` combines 'r', 'w'
        and 'b' (binary; otherwise text in `encoding`, default UTF-8)."""
        if not set(mode) <= {"r", "w", "b"}:  # CPython: socket.py:311
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))  # CPython: socket.py:312
        writing = "w" in mode
        stream = SocketIO(self, "r" in mode or not writing, writing)
        self._io_refs += 1
        if "b" in mode:
            return stream
        return _SocketText(stream, encoding or 'utf-8', errors or 'strict',
                           newline)

    def recv_into(self, buffer, nbytes=0, flags=0):
        n = nbytes or len(buffer)
        data = self.recv(n, flags)
        buffer[:len(data)] = data
        return len(data)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        n = nbytes or len(buffer)
        data, addr = self.recvfrom(n, flags)
        buffer[:len(data)] = data
        return len(data), addr

    def sendfile(self, file, offset=0, count=None):
        """Send a binary file's bytes from `offset`: `count` of them, or up
        to its end. Return how many were sent; the file is left positioned
        just after them."""
        if 'b' not in getattr(file, 'mode', 'b'):
            raise ValueError("file should be opened in binary mode")
        if not self.type & SOCK_STREAM:
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if count is not None and (not isinstance(count, int) or count <= 0):
            kind = ValueError if isinstance(count, int) else TypeError
            raise kind(f"count must be a positive integer (got {count!r})")
        if self.gettimeout() == 0:
            raise ValueError("non-blocking sockets are not supported")
        # Sending starts at `offset` whatever the file's position.
        file.seek(offset)
        done = 0
        try:
            while count is None or done < count:
                want = 8192 if count is None else min(8192, count - done)
                chunk = file.read(want)
                if not chunk:
                    break
                self.sendall(chunk)
                done += len(chunk)
            return done
        finally:
            if done:
                file.seek(offset + done)

    def _stream_closed(self):
        """A makefile() stream closed: finish a close() that waited on it."""
        self._io_refs = max(0, self._io_refs - 1)
        if self._closed:
            self.close()

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            _socket.socket.close(self)

    def detach(self):
        """Give up the descriptor without closing it, and return it."""
        self._closed = True
        return super().detach()

    @property
    def family(self):
        """The address family (an AddressFamily member when known)."""
        return _as_enum(super().family, AddressFamily)

    @property
    def type(self):
        """The socket type (a SocketKind member when known)."""
        return _as_enum(super().type, SocketKind)


def fromfd(fd, family, type, proto=0):
    """Return a socket on a duplicate of descriptor `fd`."""
    return socket(family, type, proto, dup(fd))


class SocketIO(io.RawIOBase):
    """A binary stream over a socket, with the buffered reader's readline."""

    def __init__(self, sock, reading, writing):
        self._sock = sock
        self._reading = reading
        self._writing = writing
        self._buffer = b''
        self._closed = False
        self._timeout_occurred = False
        self.mode = ('rw' if reading and writing else 'r' if reading else 'w') + 'b'

    @property
    def closed(self):
        return self._closed

    def _check(self, ok, what):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        if not ok:
            raise io.UnsupportedOperation(what)

    def readable(self):
        return self._reading

    def writable(self):
        return self._writing

    def fileno(self):
        return self._sock.fileno()  # CPython: socket.py:756

    def _fill(self):
        if self._timeout_occurred:
            raise OSError("cannot read from timed out object")  # CPython: socket.py:703
        try:
            data = self._sock.recv(8192)
        except timeout:
            self._timeout_occurred = True
            raise
        self._buffer += data
        return bool(data)

    def read(self, size=-1):
        self._check(self._reading, 'read')
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._buffer = self._buffer, b''
            return data
        while len(self._buffer) < size and self._fill():
            pass
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data

    def read1(self, size=-1):
        self._check(self._reading, 'read')
        if not self._buffer:
            self._fill()
        if size is None or size < 0:
            size = len(self._buffer)
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check(self._reading, 'readline')
        if size is None:
            size = -1
        while b'\n' not in self._buffer and (size < 0 or len(self._buffer) < size):
            if not self._fill():
                break
        end = self._buffer.find(b'\n') + 1 or len(self._buffer)
        if size >= 0:
            end = min(end, size)
        line, self._buffer = self._buffer[:end], self._buffer[end:]
        return line

    def write(self, b):
        self._check(self._writing, 'write')
        self._sock.sendall(b)
        return len(b)

    def flush(self):
        if self._closed:
            raise ValueError("flush of closed file")

    def close(self):
        if self._closed:
            return
        self._closed = True
        self._sock._stream_closed()
        self._sock = None



class _SocketText(io.TextIOBase):
    """A text stream over a SocketIO, translating newlines as TextIOWrapper does."""

    def __init__(self, raw, encoding, errors, newline):
        self.buffer = raw
        self.encoding = encoding
        self.errors = errors
        self._newline = newline
        self._pending = ''

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def mode(self):
        return self.buffer.mode.replace('b', '')

    def fileno(self):
        return self.buffer.fileno()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def _decode(self, data):
        text = data.decode(self.encoding, self.errors)
        if self._newline is None:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def read(self, size=-1):
        if size is None or size < 0:
            text = self._pending + self._decode(self.buffer.read())
            self._pending = ''
            return text
        while len(self._pending) < size:
            data = self.buffer.read1(8192)
            if not data:
                break
            self._pending += self._decode(data)
        text, self._pending = self._pending[:size], self._pending[size:]
        return text

    def readline(self, size=-1):
        eof = False
        while (end := io._line_end(self._pending, self._newline, size, eof)) < 0:
            data = self.buffer.readline()
            eof = not data
            self._pending += self._decode(data)
        line, self._pending = self._pending[:end], self._pending[end:]
        return line

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def flush(self):
        self.buffer.flush()

    def close(self):
        self.buffer.close()



def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """Return two sockets connected to each other; the family defaults to
    AF_UNIX."""
    if family is None:
        family = AF_UNIX
    return tuple(socket(family, type, proto, fd)
                 for fd in _socket.socketpair(family, type, proto))


# create_connection()'s "leave the timeout alone" default.
_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None, *, all_errors=False):
    """Connect a TCP socket to (host, port) and return it.

    Every address the host resolves to is tried in turn. If all fail, the
    last error is raised, or with all_errors an ExceptionGroup of them all.
    """
    host, port = address
    exceptions = []
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):  # CPython: socket.py:827
        family, kind, proto, _, sa = res
        sock = None
        try:
            sock = socket(family, kind, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)  # CPython: socket.py:836
            return sock
        except OSError as failure:
            if sock is not None:
                sock.close()
            if not all_errors:
                exceptions.clear()
            exceptions.append(failure)
    if not exceptions:
        raise error("getaddrinfo returns an empty list")
    try:
        if not all_errors:
            raise exceptions[0]  # CPython: socket.py:851
        raise ExceptionGroup("create_connection failed", exceptions)  # CPython: socket.py:852
    finally:
        # The errors' tracebacks hold this frame: drop the cycle.
        exceptions.clear()


def has_dualstack_ipv6():
    return True


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """Return a TCP socket bound to `address` and listening.

    dualstack_ipv6 makes an AF_INET6 socket accept IPv4 connections too;
    otherwise an AF_INET6 socket is IPv6-only.
    """
    if reuse_port and not hasattr(_socket, "SO_REUSEPORT"):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6 and family != AF_INET6:
        raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        # Let a restarted server bind at once, despite old connections in
        # TIME_WAIT.
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except OSError as err:
            msg = f'{err.strerror} (while attempting to bind on address {address!r})'
            raise error(err.errno, msg) from None  # CPython: socket.py:934
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
    except BaseException:
        sock.close()
        raise
    return sock


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolve host and port into (family, type, proto, canonname,
    sockaddr) tuples, family and type as enum members where known."""
    found = []
    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):  # CPython: socket.py:962
        af, kind, number, canonname, sa = res
        found.append((_as_enum(af, AddressFamily), _as_enum(kind, SocketKind),
                      number, canonname, sa))
    return found


def gethostbyname(hostname):
    return getaddrinfo(hostname, None, AF_INET)[0][4][0]


def gethostbyname_ex(hostname):
    addrs = []
    for res in getaddrinfo(hostname, None, AF_INET, SOCK_STREAM):
        if res[4][0] not in addrs:
            addrs.append(res[4][0])
    return hostname, [], addrs


def getfqdn(name=''):
    name = name.strip()  # CPython: socket.py:790
    if not name or name in ('0.0.0.0', '::'):  # CPython: socket.py:791
        name = gethostname()  # CPython: socket.py:792
    return name


def inet_aton(ip_string):
    parts = ip_string.split('.')
    if len(parts) != 4 or not all(p.isdigit() and int(p) < 256 for p in parts):
        raise OSError("illegal IP address string passed to inet_aton")
    return bytes(int(p) for p in parts)


def inet_ntoa(packed_ip):
    if len(packed_ip) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return '.'.join(str(b) for b in packed_ip)


def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return int.from_bytes(x.to_bytes(4, 'little'), 'big')


ntohl = htonl
