"""RFC 4648 encodings of binary data as ASCII: base16, base32 (two alphabets)
and base64 (standard and URL-safe), plus the MIME-style line-wrapped form."""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode',
           'b16decode', 'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode',
           'urlsafe_b64decode', 'a85encode', 'a85decode', 'b85encode', 'b85decode']

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


# Base85: every 4 bytes, read as a big-endian number, become 5 digits in base
# 85. A short last group is zero-filled, encoded, and cut back by as many
# digits as bytes were added (unless pad). Ascii85 uses the digits '!'..'u' and
# may shorten a zero group to 'z' (and, with foldspaces, four spaces to 'y');
# base85 (git, Mercurial) uses its own 85-character alphabet.

_B85 = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
        b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_A85 = bytes(range(33, 118))


def _to_base85(data, alphabet, pad, zero=None, spaces=None):
    if not isinstance(data, _BINARY):
        raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                        % type(data).__name__)
    data = bytes(data)
    added = -len(data) % 4
    data += b'\0' * added
    groups = []
    for start in range(0, len(data), 4):
        word = int.from_bytes(data[start:start + 4], 'big')
        if zero is not None and word == 0:
            groups.append(zero)
        elif spaces is not None and word == 0x20202020:
            groups.append(spaces)
        else:
            groups.append(bytes(alphabet[word // 85 ** k % 85] for k in range(4, -1, -1)))
    if added and not pad:
        # A shortened group is always written out in full digits.
        last = alphabet[:1] * 5 if groups[-1] == zero else groups[-1]
        groups[-1] = last[:5 - added]
    return b''.join(groups)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85-encode b; adobe adds the <~ ~> frame, wrapcol splits lines."""
    text = _to_base85(b, _A85, pad, b'z', b'y' if foldspaces else None)
    if adobe:
        text = b'<~' + text
    if wrapcol:
        width = max(wrapcol, 2 if adobe else 1)
        lines = [text[i:i + width] for i in range(0, len(text), width)] or [b'']
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')  # the closing ~> must fit on its line
        text = b'\n'.join(lines)
    if adobe:
        text += b'~>'
    return text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    """Decode Ascii85 data; adobe expects the ~> end marker (and an optional <~)."""
    data = _ascii_input(b)
    if adobe:
        if not data.endswith(b'~>'):
            raise ValueError("Ascii85 encoded byte sequences must end with b'~>'")
        data = data[2:-2] if data.startswith(b'<~') else data[:-2]
    out = bytearray()
    group = []
    # Four 'u's (the largest digit) complete a short last group; whatever of
    # them is left over says how many bytes to drop again.
    for c in data + b'uuuu':
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                word = 0
                for digit in group:
                    word = word * 85 + digit
                if word > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += word.to_bytes(4, 'big')
                group = []
        elif c == 122:  # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:  # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    surplus = 4 - len(group)
    if surplus:
        del out[len(out) - surplus:]
    return bytes(out)


def b85encode(b, pad=False):
    """base85-encode b, as git does."""
    return _to_base85(b, _B85, pad)


_B85_VALUE = {digit: value for value, digit in enumerate(_B85)}


def b85decode(b):
    """Decode base85 data."""
    data = _ascii_input(b)
    added = -len(data) % 5
    data += b'~' * added
    out = bytearray()
    for start in range(0, len(data), 5):
        word = 0
        for offset, c in enumerate(data[start:start + 5]):
            if c not in _B85_VALUE:
                raise ValueError('bad base85 character at position %d' % (start + offset))
            word = word * 85 + _B85_VALUE[c]
        if word > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out += word.to_bytes(4, 'big')
    if added:
        del out[len(out) - added:]
    return bytes(out)


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
