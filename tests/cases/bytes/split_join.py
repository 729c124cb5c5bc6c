print(b'a b  c'.split(), b'a b  c'.split(b' '), b''.split(), b''.split(b','))
print(b'k=v=w'.split(b'=', 1), b'1,2,3'.split(b',', maxsplit=0), b' x '.split(None))
print(b'\x0bvt\x0cff\tt'.split())
print(b', '.join([b'a', b'b']), b''.join([b'x', b'y', b'z']), b'-'.join([]))
print(b'/'.join(b'abc'.split(b'b')))
try:
    b''.join([b'a', 1])
except TypeError as e:
    print(e)
