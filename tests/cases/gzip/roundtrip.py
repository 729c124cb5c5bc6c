# gzip.compress/decompress (exact bytes with a fixed mtime), gzip.open for
# binary and text files, several members, and the errors.
import gzip
import io
import os
import tempfile

data = ''.join('row %d,%s\n' % (i, 'abc' * (i % 5)) for i in range(3000)).encode()
for level in (0, 1, 6, 9):
    c = gzip.compress(data, level, mtime=0)
    print(level, len(c), c[:10].hex(), c[-8:].hex(), gzip.decompress(c) == data)
print(gzip.compress(b'hello', mtime=1234567890))
print(gzip.decompress(gzip.compress(b'one', mtime=0) + gzip.compress(b'two', mtime=0)))
print(gzip.decompress(gzip.compress(b'pad', mtime=0) + b'\x00\x00'))
print(gzip.decompress(b''))
c = gzip.compress(b'hello world')
print(c[:4].hex(), gzip.decompress(c))

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'data.txt.gz')
with gzip.open(path, 'wb') as f:
    print(f.write(data), f.write(b'tail\n'))
with open(path, 'rb') as f:
    raw = f.read()
print(raw[:3].hex(), raw[3], raw[8:10].hex(), raw[10:19])
with gzip.open(path, 'rb') as f:
    print(f.read(10), f.readline(), f.tell())
    rest = f.read()
    print(len(rest), rest[-5:], f.read())
with gzip.open(path) as f:
    lines = list(f)
print(len(lines), lines[0], lines[-1])
with gzip.open(path, 'rb') as f:
    f.seek(100)
    print(f.read(8), f.tell())
    f.seek(5)
    print(f.read(8))
with gzip.GzipFile(path) as f:
    print(f.read() == data + b'tail\n', f.mtime is not None)

tpath = os.path.join(folder, 'notes.txt.gz')
with gzip.open(tpath, 'wt', encoding='utf-8') as f:
    f.write('première ligne\n')
    f.write('second line\nthird')
with gzip.open(tpath, 'rt', encoding='utf-8') as f:
    print(f.readline(), end='')
    print(f.read())
with gzip.open(tpath, 'rt') as f:
    print(f.readlines())
with gzip.open(tpath, 'at') as f:
    f.write('\nappended member\n')
with gzip.open(tpath, 'rt') as f:
    print(f.read())

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as f:
    f.write(b'in memory')
print(buf.getvalue())
print(gzip.decompress(buf.getvalue()))
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.read())

for bad in (b'not gzip at all', gzip.compress(b'truncated', mtime=0)[:-6],
            gzip.compress(b'crc', mtime=0)[:-8] + b'\x00' * 8,
            b'\x1f\x8b\x07' + bytes(7)):
    try:
        gzip.decompress(bad)
    except (OSError, EOFError) as e:
        print(type(e).__name__, e)
with open(path, 'wb') as f:
    f.write(b'plain text, not gzip')
try:
    with gzip.open(path) as f:
        f.read()
except gzip.BadGzipFile as e:
    print('BadGzipFile:', e)
for args in ((path, 'rbt'), (path, 'rb', 9, 'utf-8')):
    try:
        gzip.open(*args)
    except ValueError as e:
        print('ValueError:', e)
with gzip.open(path, 'wb') as f:
    pass
try:
    f.write(b'x')
except ValueError as e:
    print('ValueError:', e)
print(issubclass(gzip.BadGzipFile, OSError))
for name in os.listdir(folder):
    os.remove(os.path.join(folder, name))
os.rmdir(folder)
