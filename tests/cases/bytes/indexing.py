b = b'hello world'
print(b[0], b[-1], b[4], type(b[0]).__name__)
print(b[:5], b[6:], b[-5:], b[::-1], b[1:8:3], b[100:], b[:0])
print(len(b), len(b''), sum(b'\x01\x02\x03'))
print(list(b'abc'), tuple(b'xy'), sorted(b'cab'), max(b'az'))
for i, c in enumerate(b'hi'):
    print(i, c, chr(c))
