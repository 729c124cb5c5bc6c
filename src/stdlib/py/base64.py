"""RFC 4648 encodings of binary data as ASCII: base16, base32 (two alphabets)
and base64 (standard and URL-safe), plus the MIME-style line-wrapped form."""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode',
           'b16decode', 'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode',
           'urlsafe_b64decode']

_BINARY = (bytes, bytearray, memoryview)


def _ascii_input(data):
    """What the decoders accept: ASCII str or any bytes-like object, as bytes."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, _BINARY):
        return bytes(data)
    raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                    % type(data).__name__)


def _recode(data, source, target):
    """data with each byte of source replaced by the byte of target at the
    same position."""
    table = list(range(256))
    for old, new in zip(bytes(source), bytes(target)):
        table[old] = new
    return bytes([table[c] for c in data])


def _checked_altchars(altchars):
    assert len(altchars) == 2, repr(altchars)
    return altchars


# Base64.

def b64encode(s, altchars=None):
    """Base64-encode s; altchars, two bytes, replace '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return encoded
    return _recode(encoded, b'+/', _checked_altchars(altchars))


def b64decode(s, altchars=None, validate=False):
    """Decode base64 text. Characters outside the alphabet are skipped
    unless validate is true, which makes them an error."""
    data = _ascii_input(s)
    if altchars is not None:
        pair = _checked_altchars(_ascii_input(altchars))
        data = _recode(data, pair, b'+/')
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _recode(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    return b64decode(_recode(_ascii_input(s), b'-_', b'+/'))


# Base32: every 5 bytes become 8 digits of 5 bits; a short last group is
# padded with '=' to 8 characters.

_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# digits carrying data in a final group of 1..5 bytes
_DIGITS_FOR = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}
# and back: padding length in a final group -> bytes it holds
_BYTES_FOR = {8 - digits: size for size, digits in _DIGITS_FOR.items()}


def _to_base32(alphabet, s):
    if not isinstance(s, _BINARY):
        raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                        % type(s).__name__)
    data = bytes(s)
    out = bytearray()
    for start in range(0, len(data), 5):
        group = data[start:start + 5]
        bits = int.from_bytes(group.ljust(5, b'\0'), 'big')
        digits = bytes(alphabet[(bits >> shift) & 31] for shift in range(35, -1, -5))
        used = _DIGITS_FOR[len(group)]
        out += digits[:used] + b'=' * (8 - used)
    return bytes(out)


def _from_base32(alphabet, s, casefold, map01=None):
    data = _ascii_input(s)
    if len(data) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        one = _ascii_input(map01)
        assert len(one) == 1, repr(one)
        data = _recode(data, b'01', b'O' + one)
    if casefold:
        data = data.upper()
    body = data.rstrip(b'=')
    padding = len(data) - len(body)
    value_of = {digit: value for value, digit in enumerate(alphabet)}
    out = bytearray()
    for start in range(0, len(body), 8):
        bits = 0
        group = body[start:start + 8]
        for digit in group.ljust(8, alphabet[:1]):
            if digit not in value_of:
                raise binascii.Error('Non-base32 digit found')
            bits = bits << 5 | value_of[digit]
        out += bits.to_bytes(5, 'big')
    if padding:
        if padding not in _BYTES_FOR:
            raise binascii.Error('Incorrect padding')
        del out[len(out) - 5 + _BYTES_FOR[padding]:]
    return bytes(out)


def b32encode(s):
    return _to_base32(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decode base32 text; map01 names the letter a '1' stands for ('0' is
    taken as 'O'), and casefold accepts lowercase digits."""
    return _from_base32(_B32, s, casefold, map01)


def b32hexencode(s):
    return _to_base32(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _from_base32(_B32HEX, s, casefold)


# Base16.

def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    data = _ascii_input(s)
    if casefold:
        data = data.upper()
    if any(c not in b'0123456789ABCDEF' for c in data):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(data)


# Line-wrapped base64 (RFC 2045): 76 characters a line, i.e. 57 input bytes.

_LINE_BYTES = 57


def _binary_arg(s):
    if not isinstance(s, _BINARY):
        raise TypeError('expected bytes-like object, not %s' % type(s).__name__)
    return s


def encodebytes(s):
    data = _binary_arg(s)
    return b''.join(binascii.b2a_base64(data[i:i + _LINE_BYTES])
                    for i in range(0, len(data), _LINE_BYTES))


def decodebytes(s):
    return binascii.a2b_base64(_binary_arg(s))


def encode(input, output):
    """Copy binary file input to output as line-wrapped base64."""
    while True:
        chunk = input.read(_LINE_BYTES)
        if not chunk:
            return
        # A short read must not end a line early: fill it first.
        while len(chunk) < _LINE_BYTES:
            more = input.read(_LINE_BYTES - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Copy line-wrapped base64 from input to output as binary."""
    for line in iter(input.readline, b''):
        output.write(binascii.a2b_base64(line))
