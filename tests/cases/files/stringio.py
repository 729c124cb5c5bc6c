import io

s = io.StringIO()
print(s.write('hello\n'), s.write('wörld\n'))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(2)), repr(s.read()), repr(s.read()))
t = io.StringIO('a\nb\nc')
print([line for line in t])
u = io.StringIO('abcdef')
u.seek(2)
u.write('XY')
print(u.getvalue(), u.tell())
print('to buffer', 1, 2, file=u, sep=',')
print(repr(u.getvalue()))
try:
    u.write(b'x')
except TypeError as e:
    print(e)
