# zlib output is byte-for-byte CPython's (the same zlib) at every level, window
# size, memory level and strategy; checksums; round trips.
import zlib

text = ''.join('line %d: the quick brown fox jumps over the lazy dog\n' % i
              for i in range(300)).encode()
noise = bytes((i * 7919 + (i >> 3) * 31) % 251 for i in range(5000))
samples = [b'', b'a', b'hello world', text, noise, bytes(100000)]

for data in samples:
    for level in range(-1, 10):
        c = zlib.compress(data, level)
        assert zlib.decompress(c) == data
        print(len(data), level, len(c), zlib.crc32(c), c[:12].hex())
print(zlib.compress(b'hello world'))
print(zlib.compress(b'hello world', level=9, wbits=-15))
print(zlib.compress(b'hello world', wbits=31)[10:])
print(zlib.compress(text, 6, 9)[:20].hex())
for wbits in (9, 12, 15, -9, -15, 25, 31):
    c = zlib.compress(text, 6, wbits)
    print(wbits, len(c), zlib.crc32(c), zlib.decompress(c, wbits) == text)
print(zlib.decompress(zlib.compress(text, wbits=31), 47) == text,
      zlib.decompress(zlib.compress(text), 32 + 15) == text,
      zlib.decompress(zlib.compress(text), 0) == text)

for strategy in range(5):
    for mem in (1, 8, 9):
        co = zlib.compressobj(6, zlib.DEFLATED, 15, mem, strategy)
        c = co.compress(text) + co.flush()
        print(strategy, mem, len(c), zlib.crc32(c))

print(zlib.crc32(b''), zlib.crc32(b'hello'), zlib.crc32(b'world', zlib.crc32(b'hello ')),
      zlib.crc32(b'hello world'), zlib.crc32(text), zlib.crc32(b'x', 2**32 - 1))
print(zlib.adler32(b''), zlib.adler32(b'hello'), zlib.adler32(text),
      zlib.adler32(b'world', zlib.adler32(b'hello ')), zlib.adler32(bytearray(b'ab')))
print(zlib.crc32(memoryview(b'abc')), zlib.compress(bytearray(b'abc')))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE,
      zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION,
      zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_NO_FLUSH,
      zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED)
print(zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION)
