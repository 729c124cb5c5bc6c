"""Conversions between binary data and ASCII encodings (base64, hex, CRC-32)."""

import _binascii


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _bytes(data):
    """A bytes-like argument as bytes, with the TypeError CPython's buffer protocol gives."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _ascii(data):
    """An ASCII-text argument: str (ASCII only) or bytes-like."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


def b2a_base64(data, *, newline=True):
    return _binascii.b2a_base64(_bytes(data), newline)


def a2b_base64(data, *, strict_mode=False):
    result = _binascii.a2b_base64(_ascii(data), strict_mode)
    if isinstance(result, str):
        raise Error(result)
    return result


def hexlify(data, sep=None, bytes_per_sep=1):
    text = _bytes(data).hex()
    if sep is not None:
        if isinstance(sep, (bytes, bytearray)):
            sep = bytes(sep).decode('ascii')
        if len(sep) != 1:
            raise ValueError('sep must be length 1.')
        digits = 2 * abs(bytes_per_sep) if bytes_per_sep else len(text)
        if bytes_per_sep < 0:
            groups = [text[i:i + digits] for i in range(0, len(text), digits)]
        else:
            first = len(text) % digits or digits
            groups = [text[:first]] + [text[i:i + digits] for i in range(first, len(text),
                                                                          digits)]
        text = sep.join(groups)
    return text.encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    data = _ascii(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    for c in data:
        if not (48 <= c <= 57 or 65 <= c <= 70 or 97 <= c <= 102):
            raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(data.decode('ascii'))


a2b_hex = unhexlify


def crc32(data, crc=0):
    return _binascii.crc32(_bytes(data), crc)
