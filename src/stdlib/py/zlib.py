"""Compression compatible with gzip: compress/decompress in one call,
compressobj/decompressobj for streams, and the crc32/adler32 checksums, on the
system's zlib."""

import _zlib
from _zlib import ZLIB_RUNTIME_VERSION

ZLIB_VERSION = ZLIB_RUNTIME_VERSION
MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6

_Z_OK = 0
_Z_STREAM_END = 1
_Z_NEED_DICT = 2
_Z_STREAM_ERROR = -2
_Z_MEM_ERROR = -4
_Z_BUF_ERROR = -5
_Z_VERSION_ERROR = -6


class error(Exception):
    pass


def _error(err, msg, context):
    """zlib.error for return code err, worded as CPython words it."""
    if err == _Z_VERSION_ERROR:
        msg = "library version mismatch"
    if msg is None:
        msg = {_Z_BUF_ERROR: "incomplete or truncated stream",
               _Z_STREAM_ERROR: "inconsistent stream state",
               -3: "invalid input data"}.get(err)
    if msg is None:
        return error("Error %d %s" % (err, context))
    return error("Error %d %s: %.200s" % (err, context, msg))


def _index(value):
    """An int argument, with CPython's TypeError for other types."""
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None


def _buffer(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(data).__name__)


def adler32(data, value=1, /):
    return _zlib.adler32(_buffer(data), _index(value))


def crc32(data, value=0, /):
    return _zlib.crc32(_buffer(data), _index(value))


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    data = _buffer(data)
    stream = _zlib.deflate_init(_index(level), DEFLATED, _index(wbits),
                                DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY)
    if stream == _Z_MEM_ERROR:
        raise MemoryError("Out of memory while compressing data")
    if stream == _Z_STREAM_ERROR:
        raise error("Bad compression level")
    if isinstance(stream, int):
        raise _error(stream, None, "while compressing data")
    out, err, msg = _zlib.deflate(stream, data, Z_FINISH)
    if err != _Z_STREAM_END:
        _zlib.end(stream)
        raise _error(err, msg, "while compressing data")
    err = _zlib.end(stream)
    if err != _Z_OK:
        raise _error(err, None, "while finishing compression")
    return out


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    data = _buffer(data)
    wbits = _index(wbits)
    if _index(bufsize) < 0:
        raise ValueError("bufsize must be non-negative")
    stream = _zlib.inflate_init(wbits)
    if stream == _Z_MEM_ERROR:
        raise MemoryError("Out of memory while decompressing data")
    if isinstance(stream, int):
        raise _error(stream, None, "while preparing to decompress data")
    out, consumed, err, msg = _zlib.inflate(stream, data, Z_FINISH, 0, None)
    if err != _Z_STREAM_END:
        _zlib.end(stream)
        raise _error(err, msg, "while decompressing data")
    err = _zlib.end(stream)
    if err != _Z_OK:
        raise _error(err, None, "while finishing decompression")
    return out


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY,
                zdict=None):
    if zdict is not None:
        zdict = _buffer(zdict)
    stream = _zlib.deflate_init(_index(level), _index(method), _index(wbits),
                                _index(memLevel), _index(strategy))
    if stream == _Z_MEM_ERROR:
        raise MemoryError("Can't allocate memory for compression object")
    if stream == _Z_STREAM_ERROR:
        raise ValueError("Invalid initialization option")
    if isinstance(stream, int):
        raise _error(stream, None, "while creating compression object")
    if zdict is not None:
        err = _zlib.set_dictionary(stream, zdict)
        if err == _Z_STREAM_ERROR:
            raise ValueError("Invalid dictionary")
        if err != _Z_OK:
            raise ValueError("deflateSetDictionary()")
    return _Compress(stream)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    if zdict != b'':
        try:
            zdict = _buffer(zdict)
        except TypeError:
            raise TypeError("zdict argument must support the buffer "
                            "protocol") from None
    wbits = _index(wbits)
    stream = _zlib.inflate_init(wbits)
    if stream == _Z_MEM_ERROR:
        raise MemoryError("Can't allocate memory for decompression object")
    if stream == _Z_STREAM_ERROR:
        raise ValueError("Invalid initialization option")
    if isinstance(stream, int):
        raise _error(stream, None, "while creating decompression object")
    d = _Decompress(stream, zdict)
    if zdict and wbits < 0:
        err = _zlib.set_dictionary(stream, zdict)
        if err == _Z_STREAM_ERROR:
            raise ValueError("Invalid dictionary")
        if err != _Z_OK:
            raise _error(err, None, "while setting zdict")
    return d


class Compress:
    __slots__ = ("_stream",)

    def __init__(self, stream):
        self._stream = stream

    def compress(self, data, /):
        out, err, msg = _zlib.deflate(self._stream, _buffer(data), Z_NO_FLUSH)
        if err == _Z_STREAM_ERROR:
            raise _error(err, msg, "while compressing data")
        return out

    def flush(self, mode=Z_FINISH, /):
        mode = _index(mode)
        if mode == Z_NO_FLUSH:
            return b''
        out, err, msg = _zlib.deflate(self._stream, b'', mode)
        if err == _Z_STREAM_ERROR:
            raise _error(err, msg, "while flushing")
        if mode == Z_FINISH and err == _Z_STREAM_END:
            err = _zlib.end(self._stream)
            if err != _Z_OK:
                raise _error(err, None, "while finishing compression")
        return out

    def copy(self):
        stream = _zlib.copy(self._stream)
        if stream == _Z_STREAM_ERROR:
            raise ValueError("Inconsistent stream state")
        if stream == _Z_MEM_ERROR:
            raise MemoryError("Can't allocate memory for compression object")
        if isinstance(stream, int):
            raise _error(stream, None, "while copying compression object")
        return _Compress(stream)

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo):
        return self.copy()


class Decompress:
    __slots__ = ("_stream", "_zdict", "unused_data", "unconsumed_tail", "eof")

    def __init__(self, stream, zdict):
        self._stream = stream
        self._zdict = zdict or None
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def _save_unconsumed_input(self, data, consumed, err):
        left = data[consumed:]
        if err == _Z_STREAM_END:
            if left:
                self.unused_data += left
            left = b''
        if left or self.unconsumed_tail:
            self.unconsumed_tail = bytes(left)

    def decompress(self, data, /, max_length=0):
        data = _buffer(data)
        max_length = _index(max_length)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        out, consumed, err, msg = _zlib.inflate(
            self._stream, data, Z_SYNC_FLUSH, max_length, self._zdict)
        self._save_unconsumed_input(data, consumed, err)
        if err == _Z_STREAM_END:
            self.eof = True
        elif err not in (_Z_OK, _Z_BUF_ERROR):
            raise _error(err, msg, "while decompressing data")
        return out

    def flush(self, length=DEF_BUF_SIZE, /):
        if _index(length) <= 0:
            raise ValueError("length must be greater than zero")
        data = self.unconsumed_tail
        out, consumed, err, msg = _zlib.inflate(
            self._stream, data, Z_FINISH, 0, self._zdict)
        self._save_unconsumed_input(data, consumed, err)
        if err == _Z_STREAM_END:
            self.eof = True
            err = _zlib.end(self._stream)
            if err != _Z_OK:
                raise _error(err, None, "while finishing decompression")
        return out

    def copy(self):
        stream = _zlib.copy(self._stream)
        if stream == _Z_STREAM_ERROR:
            raise ValueError("Inconsistent stream state")
        if isinstance(stream, int):
            raise _error(stream, None, "while copying decompression object")
        d = _Decompress(stream, self._zdict)
        d.unused_data = self.unused_data
        d.unconsumed_tail = self.unconsumed_tail
        d.eof = self.eof
        return d

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo):
        return self.copy()


# CPython does not export the stream types by name.
_Compress = Compress
_Decompress = Decompress
del Compress, Decompress
