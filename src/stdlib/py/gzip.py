"""Reading and writing gzip files: compress/decompress of bytes, GzipFile over
a file or file object, and open() in binary or text mode."""

import builtins
import io
import os
import struct
import sys
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

_READ_CHUNK = 8192


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """A GzipFile in binary mode, or a text stream over one in text mode."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError(
                "Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError(
                "Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return _TextWrapper(binary_file, encoding, errors, newline)
    return binary_file


def write32u(output, value):
    output.write(struct.pack("<L", value))


def _xfl(compresslevel):
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return 2
    if compresslevel == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


class GzipFile(io.BufferedIOBase):
    """A file object that compresses what is written to it and decompresses
    what is read from it, in gzip format."""

    __module__ = "gzip"
    myfileobj = None

    def __init__(self, filename=None, mode=None,
                 compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')

        if mode.startswith('r'):
            self.mode = READ
            self._reader = _GzipReader(fileobj)
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            if origmode is None:
                import warnings
                warnings.warn(
                    "GzipFile was opened for writing, but this will "
                    "change in future Python releases.  "
                    "Specify the mode argument for opening it for writing.",
                    FutureWarning, 2)
            self.mode = WRITE
            self._init_write(filename)
            self.compress = zlib.compressobj(compresslevel,
                                             zlib.DEFLATED,
                                             -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL,
                                             0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))

        self.fileobj = fileobj
        self._closed = False
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        return self._reader._last_mtime if self.mode == READ else None

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _init_write(self, filename):
        self.name = filename
        self.crc = zlib.crc32(b"")
        self.size = 0
        self.offset = 0

    def _write_gzip_header(self, compresslevel):
        self.fileobj.write(b'\037\213')
        self.fileobj.write(b'\010')
        try:
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                fname = fname.encode('latin-1')
            if fname.endswith(b'.gz'):
                fname = fname[:-3]
        except UnicodeEncodeError:
            fname = b''
        flags = 0
        if fname:
            flags = FNAME
        self.fileobj.write(chr(flags).encode('latin-1'))
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        write32u(self.fileobj, int(mtime))
        self.fileobj.write(bytes([_xfl(compresslevel)]))
        self.fileobj.write(b'\377')
        if fname:
            self.fileobj.write(fname + b'\000')

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += length
            self.crc = zlib.crc32(data, self.crc)
            self.offset += length
        return length

    def _check_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "%s() on write-only GzipFile object"
                          % what)

    def read(self, size=-1):
        self._check_read("read")
        return self._reader.read(size)

    def read1(self, size=-1):
        self._check_read("read1")
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        return self._reader.read1(size)

    def peek(self, n):
        self._check_read("peek")
        return self._reader.peek(n)

    def readline(self, size=-1):
        self._check_not_closed()
        return self._reader.readline(size)

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                write32u(fileobj, self.crc)
                write32u(fileobj, self.size & 0xffffffff)
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
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
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self.offset + offset
                else:
                    raise ValueError('Seek from end not supported')
            if offset < self.offset:
                raise OSError('Negative seek in write mode')
            count = offset - self.offset
            chunk = b'\0' * 1024
            for i in range(count // 1024):
                self.write(chunk)
            self.write(b'\0' * (count % 1024))
        elif self.mode == READ:
            self._check_not_closed()
            return self._reader.seek(offset, whence)
        return self.offset

    def tell(self):
        self._check_not_closed()
        if self.mode == READ:
            return self._reader.pos
        return self.offset

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def _read_exact(fp, n):
    data = fp.read(n)
    while len(data) < n:
        b = fp.read(n - len(data))
        if not b:
            raise EOFError("Compressed file ended before the "
                           "end-of-stream marker was reached")
        data += b
    return data


def _read_gzip_header(fp):
    """Reads a member's header; its mtime, or None at the end of the file."""
    magic = fp.read(2)
    if magic == b'':
        return None
    if magic != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    (method, flag, last_mtime) = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flag & FEXTRA:
        extra_len, = struct.unpack("<H", _read_exact(fp, 2))
        _read_exact(fp, extra_len)
    if flag & FNAME:
        while True:
            s = fp.read(1)
            if not s or s == b'\000':
                break
    if flag & FCOMMENT:
        while True:
            s = fp.read(1)
            if not s or s == b'\000':
                break
    if flag & FHCRC:
        _read_exact(fp, 2)
    return last_mtime


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
                raise EOFError("Compressed file ended before the "
                               "end-of-stream marker was reached")
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


class _TextWrapper:
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
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s"
                            % type(s).__name__)
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def _decode(self, data):
        text = data.decode(self.encoding, self.errors)
        if self._newline is None:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def read(self, size=-1):
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
        while "\n" not in self._pending:
            line = self.buffer.readline()
            if not line:
                break
            self._pending += self._decode(line)
        i = self._pending.find("\n")
        n = len(self._pending) if i < 0 else i + 1
        if size is not None and size >= 0:
            n = min(n, size)
        line, self._pending = self._pending[:n], self._pending[n:]
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

    def flush(self):
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _create_simple_gzip_header(compresslevel, mtime=None):
    if mtime is None:
        mtime = time.time()
    return struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, 0, int(mtime),
                       _xfl(compresslevel), 255)


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    if mtime == 0:
        # zlib's own gzip header has mtime 0 (and its OS and flag bytes).
        return zlib.compress(data, level=compresslevel, wbits=31)
    header = _create_simple_gzip_header(compresslevel, mtime)
    trailer = struct.pack("<LL", zlib.crc32(data), (len(data) & 0xffffffff))
    compressed = zlib.compress(data, level=compresslevel, wbits=-15)
    return header + compressed + trailer


def decompress(data):
    """Decompress a gzip compressed string in one shot."""
    decompressed_members = []
    while True:
        fp = io.BytesIO(data)
        if _read_gzip_header(fp) is None:
            return b"".join(decompressed_members)
        do = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        decompressed = do.decompress(data[fp.tell():])
        if not do.eof or len(do.unused_data) < 8:
            raise EOFError("Compressed file ended before the end-of-stream "
                           "marker was reached")
        crc, length = struct.unpack("<II", do.unused_data[:8])
        if crc != zlib.crc32(decompressed):
            raise BadGzipFile("CRC check failed")
        if length != (len(decompressed) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        decompressed_members.append(decompressed)
        data = do.unused_data[8:].lstrip(b"\x00")
