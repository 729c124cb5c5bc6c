# GzipFile's modes and attributes, the header it writes (name, mtime,
# level flags), write-mode seek, read1/peek/rewind, and its errors.
import gzip
import io
import os
import tempfile
import warnings

print(gzip.READ, gzip.WRITE, gzip.FTEXT, gzip.FHCRC, gzip.FEXTRA, gzip.FNAME, gzip.FCOMMENT)
folder = tempfile.mkdtemp()
path = os.path.join(folder, 'named.txt.gz')
for level in (1, 5, 9):
    with gzip.GzipFile(path, 'wb', compresslevel=level, mtime=1000) as f:
        print(f.mode, f.name == path, f.writable(), f.readable(), f.seekable())
        print(f.write(b'abc'), f.write(bytearray(b'de')), f.write(memoryview(b'fg')),
              f.write(b''), f.tell())
        f.seek(20)
        f.seek(5, io.SEEK_CUR)
        print(f.tell())
        for args in ((1,), (0, io.SEEK_END)):
            try:
                f.seek(*args)
            except (OSError, ValueError) as e:
                print(type(e).__name__, e)
        f.flush()
        print(f.closed)
        try:
            f.read()
        except OSError as e:
            print('OSError:', e.errno, e)
    with open(path, 'rb') as raw:
        print(raw.read(24))
print(f.closed)
for op in (f.read, f.flush, f.tell, lambda: f.write(b'x')):
    try:
        op()
    except ValueError as e:
        print('ValueError:', e)

with gzip.GzipFile(path) as f:
    print(f.mode, f.readable(), f.writable(), f.mtime)
    print(f.peek(3)[:3], f.read1(4), f.read1(), f.tell())
    f.rewind()
    print(f.read(3), list(f)[:1])
    try:
        f.write(b'x')
    except OSError as e:
        print('OSError:', e.errno, e)
    f.seek(-4, io.SEEK_END)
    print(f.read(), f.tell())
    f.seek(2)
    f.seek(3, io.SEEK_CUR)
    print(f.read(4))

buf = io.BytesIO()
with gzip.GzipFile(filename='inner.gz', mode='wb', fileobj=buf, mtime=0) as f:
    f.write(b'x')
print(buf.getvalue()[:20])
buf = io.BytesIO()
with gzip.GzipFile(filename='späť', mode='wb', fileobj=buf, mtime=0) as f:
    pass
print(buf.getvalue()[:16])

with open(path, 'wb') as raw:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        g = gzip.GzipFile(fileobj=raw)
        g.write(b'implicit write mode')
        g.close()
    print([(w.category.__name__, str(w.message)) for w in caught])
with gzip.open(path) as f:
    print(f.read())
try:
    gzip.GzipFile(path, 'rt')
except ValueError as e:
    print('ValueError:', e)
try:
    gzip.GzipFile(path, 'z')
except ValueError as e:
    print('ValueError:', e)
try:
    gzip.open(123.5)
except TypeError as e:
    print('TypeError:', e)
for kw in ({'errors': 'strict'}, {'newline': '\n'}):
    try:
        gzip.open(path, 'rb', **kw)
    except ValueError as e:
        print('ValueError:', e)
with gzip.open(io.BytesIO(gzip.compress(b'from object', mtime=0))) as f:
    print(f.read(), repr(f.name))
with gzip.open(path, 'xb') if not os.path.exists(path) else gzip.open(path, 'ab') as f:
    f.write(b'+more')
print(gzip.decompress(open(path, 'rb').read()))
for name in os.listdir(folder):
    os.remove(os.path.join(folder, name))
os.rmdir(folder)
