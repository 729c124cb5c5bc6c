"""socket: CPython 3.11's Lib/socket.py over gilpy's native `_socket`: the socket class
with its reprs, context manager and makefile(), and the helpers socketpair,
create_connection, create_server and getaddrinfo."""

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


def _intenum_converter(value, enum_klass):
    try:
        return enum_klass(value)  # CPython: socket.py:105
    except ValueError:
        return value


class socket(_socket.socket):
    """A subclass of _socket.socket adding the makefile() method."""

    _io_refs = 0
    _closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()  # CPython: socket.py:241

    def __repr__(self):
        closed = getattr(self, '_closed', False)  # CPython: socket.py:247
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" \
            % (self.__class__.__module__,  # CPython: socket.py:249
               self.__class__.__qualname__,
               " [closed]" if closed else "",
               self.fileno(),  # CPython: socket.py:252
               self.family,
               self.type,
               self.proto)
        if not closed:
            try:
                laddr = self.getsockname()  # CPython: socket.py:259
                if laddr:
                    s += ", laddr=%s" % str(laddr)  # CPython: socket.py:261
            except error:
                pass
            try:
                raddr = self.getpeername()  # CPython: socket.py:265
                if raddr:
                    s += ", raddr=%s" % str(raddr)  # CPython: socket.py:267
            except error:
                pass
        s += '>'
        return s

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")  # CPython: socket.py:274

    def dup(self):
        fd = dup(self.fileno())  # CPython: socket.py:282
        sock = self.__class__(self.family, self.type, self.proto, fileno=fd)  # CPython: socket.py:283
        sock.settimeout(self.gettimeout())  # CPython: socket.py:284
        return sock

    def accept(self):
        """accept() -> (socket object, address info)"""
        fd, addr = self._accept()  # CPython: socket.py:294
        sock = socket(self.family, self.type, self.proto, fileno=fd)  # CPython: socket.py:295
        if getdefaulttimeout() is None and self.gettimeout():  # CPython: socket.py:299
            sock.setblocking(True)  # CPython: socket.py:300
        return sock, addr

    def makefile(self, mode="r", buffering=None, *,
                 encoding=None, errors=None, newline=None):
        """makefile(...) -> an I/O stream connected to the socket"""
        if not set(mode) <= {"r", "w", "b"}:  # CPython: socket.py:311
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))  # CPython: socket.py:312
        reading = "r" in mode
        writing = "w" in mode
        if not reading and not writing:
            reading = True
        self._io_refs += 1
        if "b" in mode:
            if encoding is not None:
                raise ValueError("binary mode doesn't take an encoding argument")
            return SocketIO(self, reading, writing)
        return _SocketText(SocketIO(self, reading, writing),
                           encoding or 'utf-8', errors or 'strict', newline)

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
        """Sends a file's contents (from `offset`, `count` bytes or to its end) with
        send(), leaving the file positioned after what was sent."""
        if 'b' not in getattr(file, 'mode', 'b'):
            raise ValueError("file should be opened in binary mode")
        if not self.type & SOCK_STREAM:
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if count is not None:
            if not isinstance(count, int):
                raise TypeError(
                    "count must be a positive integer (got {!r})".format(count))
            if count <= 0:
                raise ValueError(
                    "count must be a positive integer (got {!r})".format(count))
        if self.gettimeout() == 0:
            raise ValueError("non-blocking sockets are not supported")
        # CPython sends with os.sendfile, which reads from `offset` whatever the
        # file's position.
        file.seek(offset)
        blocksize = min(count, 8192) if count else 8192
        total_sent = 0
        try:
            while True:
                if count:
                    blocksize = min(count - total_sent, blocksize)
                    if blocksize <= 0:
                        break
                data = memoryview(file.read(blocksize))
                if not data:
                    break
                while True:
                    try:
                        sent = self.send(data)
                    except BlockingIOError:
                        continue
                    total_sent += sent
                    if sent < len(data):
                        data = data[sent:]
                    else:
                        break
            return total_sent
        finally:
            if total_sent > 0 and hasattr(file, 'seek'):
                file.seek(offset + total_sent)

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()  # CPython: socket.py:493

    def _real_close(self, _ss=_socket.socket):
        _ss.close(self)  # CPython: socket.py:497

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()  # CPython: socket.py:503

    def detach(self):
        self._closed = True
        return super().detach()  # CPython: socket.py:513

    @property
    def family(self):
        """Read-only access to the address family for this socket."""
        return _intenum_converter(super().family, AddressFamily)  # CPython: socket.py:519

    @property
    def type(self):
        """Read-only access to the socket type."""
        return _intenum_converter(super().type, SocketKind)  # CPython: socket.py:525


def fromfd(fd, family, type, proto=0):
    nfd = dup(fd)  # CPython: socket.py:546
    return socket(family, type, proto, nfd)  # CPython: socket.py:547


class SocketIO:
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
            import io
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

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, b):
        self._check(self._writing, 'write')
        self._sock.sendall(b)
        return len(b)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self._closed:
            raise ValueError("flush of closed file")

    def close(self):
        if self._closed:
            return
        self._closed = True
        self._sock._decref_socketios()  # CPython: socket.py:776
        self._sock = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()  # CPython: socket.py:241


class _SocketText:
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
        if '\n' not in self._pending:
            self._pending += self._decode(self.buffer.readline())
        end = self._pending.find('\n') + 1 or len(self._pending)
        if size is not None and size >= 0:
            end = min(end, size)
        line, self._pending = self._pending[:end], self._pending[end:]
        return line

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()  # CPython: socket.py:241


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """socketpair([family[, type[, proto]]]) -> (socket object, socket object)"""
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(family, type, proto)
    return socket(family, type, proto, a), socket(family, type, proto, b)


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None, *, all_errors=False):
    host, port = address
    exceptions = []
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):  # CPython: socket.py:827
        af, socktype, proto, canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)  # CPython: socket.py:831
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)  # CPython: socket.py:833
            if source_address:
                sock.bind(source_address)  # CPython: socket.py:835
            sock.connect(sa)  # CPython: socket.py:836
            exceptions.clear()
            return sock
        except error as exc:
            if not all_errors:
                exceptions.clear()
            exceptions.append(exc)  # CPython: socket.py:844
            if sock is not None:
                sock.close()  # CPython: socket.py:846
    if len(exceptions):  # CPython: socket.py:848
        try:
            if not all_errors:
                raise exceptions[0]  # CPython: socket.py:851
            raise ExceptionGroup("create_connection failed", exceptions)  # CPython: socket.py:852
        finally:
            exceptions.clear()
    else:
        raise error("getaddrinfo returns an empty list")  # CPython: socket.py:857


def has_dualstack_ipv6():
    return True


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    if reuse_port and not hasattr(_socket, "SO_REUSEPORT"):  # CPython: socket.py:895
        raise ValueError("SO_REUSEPORT not supported on this platform")  # CPython: socket.py:896
    if dualstack_ipv6 and family != AF_INET6:
        raise ValueError("dualstack_ipv6 requires AF_INET6 family")  # CPython: socket.py:901
    sock = socket(family, SOCK_STREAM)  # CPython: socket.py:902
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)  # CPython: socket.py:916
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)  # CPython: socket.py:922
        if family == AF_INET6 and dualstack_ipv6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)  # CPython: socket.py:925
        try:
            sock.bind(address)  # CPython: socket.py:930
        except error as err:
            msg = '%s (while attempting to bind on address %r)' % \
                (err.strerror, address)  # CPython: socket.py:933
            raise error(err.errno, msg) from None  # CPython: socket.py:934
        if backlog is None:
            sock.listen()  # CPython: socket.py:936
        else:
            sock.listen(backlog)  # CPython: socket.py:938
        return sock
    except error:
        sock.close()  # CPython: socket.py:941
        raise  # CPython: socket.py:942


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    addrlist = []
    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):  # CPython: socket.py:962
        af, socktype, proto, canonname, sa = res
        addrlist.append((_intenum_converter(af, AddressFamily),  # CPython: socket.py:964
                         _intenum_converter(socktype, SocketKind),  # CPython: socket.py:965
                         proto, canonname, sa))
    return addrlist


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
