"""gzip: compressed files in the gzip format (RFC 1952).

gilpy's gzip. A gzip file is one or more members, each a small header,
a raw deflate stream and a trailer holding the CRC-32 and length of the
data. GzipFile writes one member and reads any number of them; open()
adds a text layer; compress() and decompress() work on bytes in memory.
"""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

# Header flag bits.
FTEXT = 0x01
FHCRC = 0x02
FEXTRA = 0x04
FNAME = 0x08
FCOMMENT = 0x10

# The values of GzipFile.mode.
READ = 1
WRITE = 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

_READ_CHUNK = 8192
_MAGIC = b'\x1f\x8b'
_DEFLATE = 8
_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """The data is not in gzip format, or fails its checks."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip file, named or given as a file object: a GzipFile for
    binary modes, a text stream over one for modes with 't'."""
    text = "t" in mode
    if text and "b" in mode:
        raise ValueError(f"Invalid mode: {mode!r}")
    if not text:
        for argument, value in (('encoding', encoding), ('errors', errors),
                                ('newline', newline)):
            if value is not None:
                raise ValueError(
                    f"Argument '{argument}' not supported in binary mode")
    binary_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        gz = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        gz = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    return _TextWrapper(gz, encoding, errors, newline) if text else gz


def _header(compresslevel, mtime, name=b''):
    """A member header: deflate method, the name if any, the mtime (now
    when None) and the level hint readers may show."""
    if mtime is None:
        mtime = time.time()
    hint = {_COMPRESS_LEVEL_BEST: 2, _COMPRESS_LEVEL_FAST: 4}.get(
        compresslevel, 0)
    head = struct.pack("<2sBBIBB", _MAGIC, _DEFLATE, FNAME if name else 0,
                       int(mtime), hint, 255)   # 255: unknown OS
    return head + name + b'\0' if name else head


def _trailer(crc, size):
    return struct.pack("<II", crc, size & 0xffffffff)


class GzipFile(io.BufferedIOBase):
    """A binary file object that writes a gzip member (compressing what is
    written) or reads a gzip file (decompressing its members in turn)."""

    __module__ = "gzip"
    myfileobj = None   # the file we opened ourselves, closed with us

    def __init__(self, filename=None, mode=None,
                 compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError(f"Invalid mode: {mode!r}")
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is not None:
            filename = os.fspath(filename)
        else:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        given_mode = mode
        mode = mode or getattr(fileobj, 'mode', 'rb')
        self.name = filename
        if mode[:1] == 'r':
            self.mode = READ
            self._reader = _GzipReader(fileobj)
        elif mode[:1] in ('w', 'a', 'x'):
            if given_mode is None:
                import warnings
                warnings.warn(
                    "GzipFile was opened for writing, but this will change "
                    "in future Python releases.  Specify the mode argument "
                    "for opening it for writing.", FutureWarning, 2)
            self.mode = WRITE
            # Raw deflate: the header and trailer are written here.
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                             -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
            self.crc = zlib.crc32(b"")
            self.size = self.offset = 0
            fileobj.write(_header(compresslevel, mtime, self._header_name()))
        else:
            raise ValueError(f"Invalid mode: {mode!r}")
        self.fileobj = fileobj

    def _header_name(self):
        """The file's base name without '.gz', as Latin-1 bytes (or none
        when it cannot be encoded so)."""
        base = os.path.basename(self.name)
        try:
            base = base if isinstance(base, bytes) else base.encode('latin-1')
        except UnicodeEncodeError:
            return b''
        return base[:-3] if base.endswith(b'.gz') else base

    @property
    def mtime(self):
        """The modification time in the last member header read, or None."""
        return self._reader._last_mtime

    def __repr__(self):
        inner = repr(self.fileobj)
        return f'<gzip {inner[1:-1]} {hex(id(self))}>'

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _require(self, wanted, what):
        self._check_open()
        if self.mode != wanted:
            import errno
            other = "read-only" if wanted == WRITE else "write-only"
            raise OSError(errno.EBADF,
                          f"{what}() on {other} GzipFile object")

    def write(self, data):
        self._require(WRITE, "write")
        if not isinstance(data, (bytes, bytearray)):
            data = memoryview(data)
        length = data.nbytes if isinstance(data, memoryview) else len(data)
        if length:
            self.fileobj.write(self.compress.compress(data))
            self.crc = zlib.crc32(data, self.crc)
            self.size += length
            self.offset += length
        return length

    def read(self, size=-1):
        self._require(READ, "read")
        return self._reader.read(size)

    def read1(self, size=-1):
        self._require(READ, "read1")
        return self._reader.read1(io.DEFAULT_BUFFER_SIZE if size < 0 else size)

    def peek(self, n):
        self._require(READ, "peek")
        return self._reader.peek(n)

    def readline(self, size=-1):
        self._check_open()
        return self._reader.readline(size)

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        """Finish the member (when writing) and close the file if we
        opened it."""
        fileobj, self.fileobj = self.fileobj, None
        if fileobj is None:
            return
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                fileobj.write(_trailer(self.crc, self.size))
        finally:
            own, self.myfileobj = self.myfileobj, None
            if own:
                own.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_open()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        """Go back to the start of the decompressed data."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._reader.rewind()

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def seek(self, offset, whence=io.SEEK_SET):
        """Reading: move anywhere (backwards by decompressing again from the
        start). Writing: only forwards, filling the gap with zero bytes."""
        if self.mode == READ:
            self._check_open()
            return self._reader.seek(offset, whence)
        if whence == io.SEEK_CUR:
            offset += self.offset
        elif whence != io.SEEK_SET:
            raise ValueError('Seek from end not supported')
        if offset < self.offset:
            raise OSError('Negative seek in write mode')
        gap = offset - self.offset
        zeros = bytes(min(gap, 1024))
        while gap > 0:
            gap -= self.write(zeros[:gap])
        return self.offset

    def tell(self):
        self._check_open()
        return self._reader.pos if self.mode == READ else self.offset

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass  # nothing can be reported from a finalizer


def _read_exact(fp, n):
    """Exactly n bytes of fp; EOFError if it ends first."""
    data = b''
    while len(data) < n:
        more = fp.read(n - len(data))
        if not more:
            raise EOFError(_TRUNCATED)
        data += more
    return data


def _skip_through_nul(fp):
    while fp.read(1) not in (b'', b'\0'):
        pass


def _read_gzip_header(fp):
    """Consume a member header; return its mtime, or None at the end of the
    data."""
    magic = fp.read(2)
    if not magic:
        return None
    if magic != _MAGIC:
        raise BadGzipFile(f'Not a gzipped file ({magic!r})')
    method, flags, mtime = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != _DEFLATE:
        raise BadGzipFile('Unknown compression method')
    if flags & FEXTRA:
        _read_exact(fp, struct.unpack("<H", _read_exact(fp, 2))[0])
    for flag in (FNAME, FCOMMENT):
        if flags & flag:
            _skip_through_nul(fp)
    if flags & FHCRC:
        _read_exact(fp, 2)
    return mtime


class _GzipReader:
    """The decompressed bytes of a gzip file's members, read as needed, with
    a position in them."""

    def __init__(self, fp):
        self._fp = fp
        self._start = fp.tell() if hasattr(fp, "tell") else 0
        self.rewind()

    def rewind(self):
        if hasattr(self._fp, "seek"):
            self._fp.seek(self._start)
        self._buffer = b''
        self._offset = 0
        self.pos = 0
        self._pending = b''
        self._decomp = None
        self._new_member = True
        self._eof = False
        self._last_mtime = None
        self._crc = zlib.crc32(b"")
        self._stream_size = 0

    def _raw(self, n):
        """Compressed input: first what the last member left unused."""
        if not self._pending:
            return self._fp.read(n)
        data = self._pending[:n]
        self._pending = self._pending[n:]
        if len(data) < n:
            data += self._fp.read(n - len(data))
        return data

    def _fill(self):
        """Decompresses some more; False at the end of the file."""
        while not self._eof:
            if self._new_member:
                if not self._skip_padding():
                    self._eof = True
                    return False
                self._last_mtime = _read_gzip_header(_RawView(self))
                if self._last_mtime is None:
                    self._eof = True
                    return False
                self._decomp = zlib.decompressobj(-zlib.MAX_WBITS)
                self._crc = zlib.crc32(b"")
                self._stream_size = 0
                self._new_member = False
            raw = self._raw(_READ_CHUNK)
            data = self._decomp.decompress(raw)
            if self._decomp.eof:
                self._pending = self._decomp.unused_data + self._pending
                self._add(data)
                self._read_eof()
                self._new_member = True
                if data:
                    return True
                continue
            if not raw:
                raise EOFError(_TRUNCATED)
            if data:
                self._add(data)
                return True
        return False

    def _add(self, data):
        self._crc = zlib.crc32(data, self._crc)
        self._stream_size += len(data)
        self._buffer = self._buffer[self._offset:] + data
        self._offset = 0

    def _skip_padding(self):
        """Zero bytes may pad the file between members."""
        while True:
            c = self._raw(1)
            if not c:
                return False
            if c != b"\x00":
                self._pending = c + self._pending
                return True

    def _read_eof(self):
        trailer = _read_exact(_RawView(self), 8)
        crc32, isize = struct.unpack("<II", trailer)
        if crc32 != self._crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc32),
                                                             hex(self._crc)))
        elif isize != (self._stream_size & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")

    def _available(self):
        return len(self._buffer) - self._offset

    def _take(self, n):
        data = self._buffer[self._offset:self._offset + n]
        self._offset += len(data)
        self.pos += len(data)
        return data

    def readall(self):
        while self._fill():
            pass
        return self._take(self._available())

    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        while self._available() < size and self._fill():
            pass
        return self._take(size)

    def read1(self, size):
        if not self._available():
            self._fill()
        return self._take(size)

    def peek(self, n):
        if not self._available():
            self._fill()
        return self._buffer[self._offset:]

    def readline(self, size=-1):
        while True:
            i = self._buffer.find(b'\n', self._offset)
            if i >= 0:
                n = i + 1 - self._offset
                break
            if not self._fill():
                n = self._available()
                break
        if size is not None and size >= 0:
            n = min(n, size)
        return self._take(n)

    def seek(self, offset, whence=io.SEEK_SET):
        if whence == io.SEEK_CUR:
            offset = self.pos + offset
        elif whence == io.SEEK_END:
            self.readall()
            offset = self.pos + offset
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid value for whence: {}".format(whence))
        if offset < self.pos:
            self.rewind()
        while self.pos < offset:
            if not self.read(min(offset - self.pos, io.DEFAULT_BUFFER_SIZE)):
                break
        return self.pos



class _RawView:
    """The compressed input of a _GzipReader as a file, for the header and
    trailer readers (the reader's own read() gives decompressed bytes)."""

    def __init__(self, reader):
        self.read = reader._raw


class _TextWrapper(io.TextIOBase):
    """Text over a GzipFile: encodes on write, decodes on read, with
    universal newlines when newline is None."""

    def __init__(self, buffer, encoding, errors, newline):
        if encoding is None:
            encoding = "utf-8"
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self.buffer = buffer
        self.encoding = encoding
        self.errors = errors or "strict"
        self._newline = newline
        self._pending = ""

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s"
                            % type(s).__name__)
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def _decode(self, data):
        text = data.decode(self.encoding, self.errors)
        if self._newline is None:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            text = self._pending + self._decode(self.buffer.read())
            self._pending = ""
            return text
        while len(self._pending) < size:
            line = self.buffer.readline()
            if not line:
                break
            self._pending += self._decode(line)
        text, self._pending = self._pending[:size], self._pending[size:]
        return text

    def readline(self, size=-1):
        self._check_open()
        eof = False
        while (n := io._line_end(self._pending, self._newline, size, eof)) < 0:
            line = self.buffer.readline()
            eof = not line
            self._pending += self._decode(line)
        line, self._pending = self._pending[:n], self._pending[n:]
        return line

    def flush(self):
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()



def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Return `data` compressed as a single gzip member."""
    if mtime == 0:
        # zlib writes the same member itself when the mtime is 0.
        return zlib.compress(data, level=compresslevel, wbits=31)
    body = zlib.compress(data, level=compresslevel, wbits=-zlib.MAX_WBITS)
    return (_header(compresslevel, mtime) + body
            + _trailer(zlib.crc32(data), len(data)))


def decompress(data):
    """Return the data of all the gzip members in `data`, joined."""
    parts = []
    stream = io.BytesIO(data)
    while _read_gzip_header(stream) is not None:
        inflater = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        part = inflater.decompress(stream.read())
        rest = inflater.unused_data
        if not inflater.eof or len(rest) < 8:
            raise EOFError(_TRUNCATED)
        crc, size = struct.unpack("<II", rest[:8])
        if crc != zlib.crc32(part):
            raise BadGzipFile("CRC check failed")
        if size != len(part) & 0xffffffff:
            raise BadGzipFile("Incorrect length of data produced")
        parts.append(part)
        # Zero bytes may pad the data between members.
        stream = io.BytesIO(rest[8:].lstrip(b"\0"))
    return b"".join(parts)
