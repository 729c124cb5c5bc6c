import struct
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for fmt in ['b','B','h','H','i','I','l','L','q','Q','n','N','e','f','d','?','c','3s','P']:
    for pre in ['', '<', '>']:
        if pre and fmt in 'nNP': continue
        t(lambda: (pre+fmt, struct.calcsize(pre+fmt)))
for fmt in ['b','B','h','H','i','I','l','L','q','Q','n','N']:
    for pre in ['', '<']:
        if pre and fmt in 'nN': continue
        t(lambda: struct.pack(pre+fmt, 2**70))
        t(lambda: struct.pack(pre+fmt, -2**70))
        t(lambda: struct.pack(pre+fmt, 2**(struct.calcsize(pre+fmt)*8)))
        t(lambda: struct.pack(pre+fmt, -1))
        t(lambda: struct.pack(pre+fmt, 1.5))
        t(lambda: struct.pack(pre+fmt, '1'))
t(lambda: struct.pack('e', 1e10)); t(lambda: struct.pack('f', 1e300)); t(lambda: struct.pack('<f', 1e300)); t(lambda: struct.pack('d', 'x'))
t(lambda: struct.pack('c', b'ab')); t(lambda: struct.pack('c', 'a')); t(lambda: struct.pack('s', 'a')); t(lambda: struct.pack('3s', b'abcdef'))
t(lambda: struct.pack('5p', b'abcdefgh')); t(lambda: struct.pack('i', 1, 2)); t(lambda: struct.pack('ii', 1)); t(lambda: struct.pack('z', 1))
t(lambda: struct.unpack('i', b'abc')); t(lambda: struct.unpack('<i', b'abcd')); t(lambda: struct.unpack('>hxc?', b'\x00\x01\x00z\x05'))
t(lambda: struct.calcsize('bi')); t(lambda: struct.calcsize('ib')); t(lambda: struct.calcsize('bq')); t(lambda: struct.calcsize('@bhd')); t(lambda: struct.calcsize('=bhd'))
t(lambda: struct.pack('@bi', 1, 2)); t(lambda: struct.pack('<hHiIqQ', -1, 2, -3, 4, -5, 6)); t(lambda: struct.pack('>d', 1.5)); t(lambda: struct.pack('<e', 0.5))
t(lambda: struct.unpack('<e', b'\x00\x38')); t(lambda: struct.unpack('<f', struct.pack('<f', 0.1)))
t(lambda: list(struct.iter_unpack('<h', b'\x01\x00\x02\x00'))); t(lambda: struct.iter_unpack('<h', b'\x01\x00\x02'))
t(lambda: struct.unpack_from('<h', b'\x00\x01\x00\x02', 2)); t(lambda: struct.unpack_from('<i', b'\x00\x01', 1)); t(lambda: struct.unpack_from('<i', b'\x00\x01\x00\x00\x00', offset=1))
s = struct.Struct('<2i3s?')
print(s.format, s.size, s.pack(1, 2, b'xy', True), s.unpack(s.pack(1, 2, b'xy', True)))
t(lambda: struct.pack('3s2p', b'abc', b'q')); t(lambda: struct.unpack('3p', b'\x05ab'))
t(lambda: struct.pack(' < i h ', 1, 2)); t(lambda: struct.pack('0s')); t(lambda: struct.pack(b'<i', 7)); t(lambda: struct.pack('?', [])); t(lambda: struct.pack('?', 'x'))
t(lambda: struct.pack('x')); t(lambda: struct.pack('3x')); t(lambda: struct.unpack('2x', b'\x00\x00'))
t(lambda: struct.error.__mro__); t(lambda: struct.pack('i'))
t(lambda: struct.pack()); t(lambda: struct.unpack('i')); t(lambda: struct.calcsize(1)); t(lambda: struct.unpack('i', 'abcd'))
t(lambda: struct.pack('<Q', 2**64-1)); t(lambda: struct.unpack('<Q', b'\xff'*8)); t(lambda: struct.unpack('<q', b'\xff'*8))
t(lambda: struct.pack('<d', float('nan'))); t(lambda: struct.pack('<f', float('inf'))); t(lambda: struct.pack('<e', float('inf'))); t(lambda: struct.pack('<e', 65519.0)); t(lambda: struct.pack('<e', 65520.0))
t(lambda: struct.unpack('<e', b'\x00\x7c')); t(lambda: struct.unpack('<e', b'\x01\x00')); t(lambda: struct.pack('<e', 1e-8)); t(lambda: struct.pack('<e', 5.960464477539063e-08))
t(lambda: struct.pack('<10s', b'ab')); t(lambda: struct.unpack('<2c', b'ab')); t(lambda: struct.pack('i', True)); t(lambda: struct.calcsize('2')); t(lambda: struct.calcsize('<99999999999999999999i'))
t(lambda: struct.Struct(1)); t(lambda: struct.pack('!h', 1))
t(lambda: struct.pack_into('<h', bytearray(4), 1, 5))
b = bytearray(4); struct.pack_into('<h', b, 1, 0x102); print(b)
t(lambda: struct.pack_into('<i', bytearray(4), 1, 5))
