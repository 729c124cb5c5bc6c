# compressobj/decompressobj: incremental data, flush modes, max_length with
# unconsumed_tail, unused_data and eof, dictionaries, copies.
import zlib

text = ''.join('record %05d|%s\n' % (i, 'xyz' * (i % 7)) for i in range(2000)).encode()

co = zlib.compressobj()
parts = [co.compress(text[i:i + 1000]) for i in range(0, len(text), 1000)]
parts.append(co.flush())
stream = b''.join(parts)
print([len(p) for p in parts][:5], len(stream), stream == zlib.compress(text))

co = zlib.compressobj(9)
a = co.compress(b'first chunk ')
b = co.flush(zlib.Z_SYNC_FLUSH)
c = co.compress(b'second chunk')
d = co.flush(zlib.Z_FULL_FLUSH)
e = co.flush()
print(a, b, c, d, e)
print(co.flush(zlib.Z_NO_FLUSH) if False else None)
try:
    co.flush()
except zlib.error as exc:
    print('error:', exc)
try:
    co.compress(b'more')
except zlib.error as exc:
    print('error:', exc)

do = zlib.decompressobj()
out = b''
for i in range(0, len(stream), 333):
    out += do.decompress(stream[i:i + 333])
out += do.flush()
print(out == text, do.eof, do.unused_data, do.unconsumed_tail)

do = zlib.decompressobj()
first = do.decompress(stream, 100)
print(len(first), len(do.unconsumed_tail), do.eof)
rest = first
while do.unconsumed_tail:
    rest += do.decompress(do.unconsumed_tail, 5000)
rest += do.flush()
print(rest == text, do.eof)

do = zlib.decompressobj()
print(do.decompress(zlib.compress(b'payload') + b'TRAILING'), do.unused_data, do.eof)
print(do.decompress(b'more'), do.unused_data)

zdict = b'record |xyz\n'
co = zlib.compressobj(zdict=zdict)
withdict = co.compress(text[:500]) + co.flush()
print(len(withdict), withdict[:8].hex())
print(zlib.decompressobj(zdict=zdict).decompress(withdict) == text[:500])
try:
    zlib.decompressobj().decompress(withdict)
except zlib.error as exc:
    print('error:', exc)
co = zlib.compressobj(wbits=-15, zdict=zdict)
raw = co.compress(text[:500]) + co.flush()
print(zlib.decompressobj(wbits=-15, zdict=zdict).decompress(raw) == text[:500])

co = zlib.compressobj()
prefix = co.compress(b'shared prefix ')
clone = co.copy()
one = prefix + co.compress(b'one') + co.flush()
two = prefix + clone.compress(b'two') + clone.flush()
print(zlib.decompress(one), zlib.decompress(two))
try:
    co.copy()
except ValueError as exc:
    print('ValueError:', exc)
do = zlib.decompressobj()
half = do.decompress(one[:10])
dc = do.copy()
print(half + do.decompress(one[10:]), half + dc.decompress(one[10:]))

gz = zlib.compressobj(wbits=31)
gzdata = gz.compress(b'gzip framed') + gz.flush()
print(gzdata[:3].hex(), gzdata[10:], zlib.decompress(gzdata, 31))
