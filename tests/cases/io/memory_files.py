import io

s = io.StringIO('line1\nline2\r\nline3\rend')
print(s.readlines())
s = io.StringIO('a\r\nb\rc\n', newline='')
print(list(s))
s = io.StringIO('a\r\nb\rc\n', newline=None)
print(repr(s.getvalue()))
s = io.StringIO(newline='\r\n')
s.write('x\ny\n')
print(repr(s.getvalue()))
s = io.StringIO()
s.writelines(['a', 'b', 'c'])
print(s.getvalue(), s.tell(), s.seek(0, 2), s.seek(1), s.read(1), s.tell())
s.seek(10)
s.write('z')
print(repr(s.getvalue()))
print(s.truncate(2), repr(s.getvalue()), s.tell())
print(s.readable(), s.writable(), s.seekable(), s.closed)
with io.StringIO('ctx') as f:
    print(f.read())
print(f.closed)
for call in (f.read, f.getvalue, lambda: f.write('x'), f.tell):
    try:
        call()
    except ValueError as e:
        print('ValueError:', e)
for bad in (lambda: io.StringIO(3), lambda: io.StringIO().write(3), lambda: io.StringIO().seek(-1),
            lambda: io.StringIO().seek(1, 1), lambda: io.StringIO().seek('a'),
            lambda: io.StringIO(newline='x')):
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__ + ':', e)
print(io.StringIO('abc\ndef').readline(2), io.StringIO('x\n\ny').readlines(2))


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print('hello', file=u)
print(repr(u.getvalue()), isinstance(u, io.StringIO), isinstance(u, io.TextIOBase))

b = io.BytesIO(b'abc\ndef\n')
print(b.readline(), b.read(2), b.tell(), b.read(), b.read())
b.seek(-2, 2)
print(b.read(), b.seek(-100, 1))
b.write(bytearray(b'XY'))
print(b.getvalue(), b.tell())
b.seek(12)
b.write(b'!')
print(b.getvalue())
print(list(io.BytesIO(b'1\n2\n3')))
buf = bytearray(4)
print(io.BytesIO(b'hi').readinto(buf), buf)
for bad in (lambda: io.BytesIO().write('s'), lambda: io.BytesIO().seek(-1),
            lambda: io.BytesIO('str')):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, type(io.StringIO()).__name__, type(io.BytesIO()).__module__)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
