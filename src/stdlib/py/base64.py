"""Base16, base32 and base64 encodings of binary data (RFC 4648)."""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode',
           'b16decode', 'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode',
           'urlsafe_b64decode']

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                    % s.__class__.__name__)


def _swap(data, old, new):
    """`data` with the two bytes of `old` replaced by those of `new`."""
    table = {old[0]: new[0], old[1]: new[1]}
    return bytes([table.get(c, c) for c in data])


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _swap(encoded, b'+/', altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _swap(s, altchars, b'+/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _swap(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    return b64decode(_swap(_bytes_from_decode_data(s), b'-_', b'+/'))


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                        % type(s).__name__)
    out = []
    for i in range(0, len(s), 5):
        chunk = bytes(s[i:i + 5])
        n = 0
        for c in chunk + bytes(5 - len(chunk)):
            n = n << 8 | c
        digits = [alphabet[(n >> (35 - 5 * k)) & 31] for k in range(8)]
        keep = (len(chunk) * 8 + 4) // 5
        out.extend(digits[:keep])
        out.extend(b'=' * (8 - keep))
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _swap(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    stripped = s
    while stripped and stripped[-1] == 61:
        stripped = stripped[:-1]
    padchars = len(s) - len(stripped)
    lookup = {c: i for i, c in enumerate(alphabet)}
    out = []
    for i in range(0, len(stripped), 8):
        quanta = stripped[i:i + 8]
        n = 0
        for c in quanta:
            if c not in lookup:
                raise binascii.Error('Non-base32 digit found')
            n = n << 5 | lookup[c]
        n <<= 5 * (8 - len(quanta))
        out.extend([(n >> (32 - 8 * k)) & 255 for k in range(5)])
    if padchars:
        keep = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}.get(padchars)
        if keep is None:
            raise binascii.Error('Incorrect padding')
        out = out[:len(out) - 5 + keep]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


_MAXLINESIZE = 76
_MAXBINSIZE = (_MAXLINESIZE // 4) * 3


def encodebytes(s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)
    pieces = []
    for i in range(0, len(s), _MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + _MAXBINSIZE]))
    return b''.join(pieces)


def decodebytes(s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)
    return binascii.a2b_base64(s)


def encode(input, output):
    while True:
        s = input.read(_MAXBINSIZE)
        if not s:
            break
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
