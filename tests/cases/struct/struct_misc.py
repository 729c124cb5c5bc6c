import struct
try:
    struct.pack('>h', 40000)
except struct.error as e:
    print('struct.error:', e, isinstance(e, Exception), e.args)
e = struct.error('custom')
print(repr(e), type(e).__name__)
s = struct.Struct('>HHI')
print(s.size, s.format, type(s).__name__)
rec = s.pack(1, 2, 3)
print(rec, s.unpack(rec), s.unpack_from(b'xx' + rec, 2))
print([t for t in s.iter_unpack(rec * 3)])
buf = bytearray(16)
s.pack_into(buf, 4, 7, 8, 9)
print(buf)
print(struct.unpack('<5s3xhp', b'hello\x00\x00\x00\x02\x00\x00'))
print(struct.calcsize('@c i c d'), struct.calcsize('<c i c d'), struct.calcsize('@3h q'))
print(struct.pack('@ciq', b'a', 1, 2))
for v in [0.0, -0.0, 1.0, -2.5, 1e-5, 3.14159, 65504.0, 6.1e-5, 1e-7]:
    print(v, struct.pack('<e', v), struct.unpack('<e', struct.pack('<e', v)), struct.unpack('>f', struct.pack('>f', v)))
print(struct.unpack('<4B', struct.pack('<i', -2)), struct.unpack('>q', b'\x80' + bytes(7)))
print(struct.unpack('<?', b'\x02'), struct.pack('<3?', 0, 'a', None))
print(struct.unpack('<' + 'i' * 3, struct.pack('<3i', 1, -1, 2**31 - 1)))
for bad in [lambda: struct.unpack_from('<i', b'abcdefgh', -2), lambda: struct.unpack_from('<i', b'abcdefgh', -12),
            lambda: struct.unpack_from('<i', b'abcdefgh', -8), lambda: struct.pack_into('<i', b'abcd', 0, 1),
            lambda: struct.Struct('<i').unpack(b'ab', b'c'), lambda: struct.iter_unpack('', b''),
            lambda: struct.pack('<i', '5'), lambda: struct.pack('<d', None), lambda: struct.Struct()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
for c in 'bBhHiIlLqQ':
    for pre in '@<>!=':
        for v in [2**70, -2**70, 2**(struct.calcsize('<' + c) * 8), -1, 1.5, 7]:
            try:
                r = struct.pack(pre + c, v)
            except struct.error as e:
                r = 'error: %s' % e
            print(pre + c, v if abs(v) < 2**65 else 'big', r)
for f in [lambda: struct.pack_into('<i', bytearray(8), -2, 1), lambda: struct.pack_into('<i', bytearray(8), -12, 1),
          lambda: struct.pack_into('<i', bytearray(8), 12, 1), lambda: struct.unpack_from('<i', b'abcdefgh', 12)]:
    try:
        f()
    except struct.error as e:
        print(e)
