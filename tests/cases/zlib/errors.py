# zlib.error and the argument errors, with CPython's messages.
import zlib


def attempt(f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except Exception as e:
        print(f"{type(e).__module__}.{type(e).__name__}: {e}")
    else:
        print('ok', result)


good = zlib.compress(b'hello hello hello')
attempt(zlib.compress, b'x', 10)
attempt(zlib.compress, b'x', -2)
attempt(zlib.compress, b'x', wbits=7)
attempt(zlib.compress, b'x', wbits=8)
attempt(zlib.compress, 'text')
attempt(zlib.compress, b'x', 'high')
attempt(zlib.compress, b'x', 1.5)
attempt(zlib.decompress, b'not compressed')
attempt(zlib.decompress, good[:-3])
attempt(zlib.decompress, good[:5])
attempt(zlib.decompress, b'')
attempt(zlib.decompress, good, wbits=1)
attempt(zlib.decompress, good, -15)
attempt(zlib.decompress, good, bufsize=-1)
attempt(zlib.decompress, good + b'junk')
attempt(zlib.compressobj, 10)
attempt(zlib.compressobj, wbits=99)
attempt(zlib.compressobj, memLevel=10)
attempt(zlib.compressobj, method=9)
attempt(zlib.compressobj, strategy=9)
attempt(zlib.decompressobj, wbits=99)
attempt(zlib.crc32, 'x')
attempt(zlib.adler32, None)
d = zlib.decompressobj()
attempt(d.decompress, b'garbage!')
d = zlib.decompressobj()
attempt(d.decompress, good, -1)
attempt(d.flush, 0)
attempt(d.decompress, good[:-4])
attempt(d.flush)
print(d.eof)
print(zlib.error.__mro__)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
try:
    zlib.decompress(b'\x78\x9c\x00')
except zlib.error as exc:
    print(exc.args)
