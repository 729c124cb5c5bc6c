ba = bytearray(b'hello')
print(ba, repr(ba), len(ba), type(ba).__name__)
print(bytearray(), bytearray(3), bytearray([65, 66]), bytearray('é', 'utf-8'), bytearray(b"it's"))
ba.append(33)
ba.extend(b' ok')
ba.extend([1, 2])
print(ba)
ba[0] = 72
ba[-1] = 0
print(ba, ba[0], ba[1:3], ba[::-1])
ba[1:5] = b'EY'
print(ba)
ba[0:0] = b'>>'
print(ba, bytes(ba), bytes(ba) == ba, ba == b'>>HEY! ok\x01\x00', ba == bytearray(b'x'))
print(list(bytearray(b'ab')), b'E' in ba, 72 in ba, bytearray(b'xyz').decode())
copy = bytearray(ba)
copy.append(0)
print(len(copy), len(ba), bool(bytearray()), bool(bytearray(1)))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt(lambda: ba.append(256))
attempt(lambda: ba.append('x'))
attempt(lambda: ba.extend([1, 'x']))
def store(i, v):
    ba[i] = v


attempt(lambda: store(0, 300))
attempt(lambda: store(100, 1))
attempt(lambda: store(0, 'x'))
attempt(lambda: ba[100])
attempt(lambda: bytearray('x'))
attempt(lambda: hash(bytearray(b'x')))
attempt(lambda: {bytearray(): 1})
