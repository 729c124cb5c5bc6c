"""Codec registry functions over str.encode and bytes.decode, with the text and
bytes transforms CPython registers as codecs (rot13, hex, base64), the BOM
constants, and codecs.open."""

import builtins
import sys

__all__ = ['encode', 'decode', 'lookup', 'open', 'getencoder', 'getdecoder',
           'iterencode', 'iterdecode', 'CodecInfo', 'BOM', 'BOM_BE', 'BOM_LE',
           'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_BE', 'BOM_UTF16_LE', 'BOM_UTF32',
           'BOM_UTF32_BE', 'BOM_UTF32_LE']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE


class CodecInfo:
    """A codec as lookup() describes it: its name and its encode and decode
    functions, which return the result and how much input they used."""

    def __init__(self, encode, decode, name=None):
        self.name = name
        self.encode = encode
        self.decode = decode


_rot13_table = str.maketrans(
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
    'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')


def _rot13(text, errors='strict'):
    return str.translate(text, _rot13_table)


def _hex_encode(data, errors='strict'):
    import binascii
    return binascii.b2a_hex(data)


def _hex_decode(data, errors='strict'):
    import binascii
    return binascii.a2b_hex(data)


def _base64_encode(data, errors='strict'):
    import base64
    return base64.encodebytes(data)


def _base64_decode(data, errors='strict'):
    import base64
    return base64.decodebytes(data)


# Codecs that transform str to str or bytes to bytes, under their CPython names.
_transforms = {
    'rot_13': ('rot-13', _rot13, _rot13),
    'rot13': ('rot-13', _rot13, _rot13),
    'hex': ('hex', _hex_encode, _hex_decode),
    'hex_codec': ('hex', _hex_encode, _hex_decode),
    'base64': ('base64', _base64_encode, _base64_decode),
    'base64_codec': ('base64', _base64_encode, _base64_decode),
    'base_64': ('base64', _base64_encode, _base64_decode),
}

# The names CPython's codec registry reports for the encodings str.encode knows.
_canonical = {
    'utf_8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8',
    'utf_8_sig': 'utf-8-sig', 'latin_1': 'iso8859-1', 'latin1': 'iso8859-1',
    'iso_8859_1': 'iso8859-1', 'iso8859_1': 'iso8859-1', 'l1': 'iso8859-1',
    'ascii': 'ascii', 'us_ascii': 'ascii', 'utf_16': 'utf-16', 'utf16': 'utf-16',
    'utf_16_le': 'utf-16-le', 'utf_16_be': 'utf-16-be', 'utf_32': 'utf-32',
    'utf32': 'utf-32', 'utf_32_le': 'utf-32-le', 'utf_32_be': 'utf-32-be',
}


def _key(encoding):
    return encoding.lower().replace('-', '_').replace(' ', '_')


def _fail(action, encoding, exc):
    return type(exc)(f"{action} with {encoding!r} codec failed "
                     f"({type(exc).__name__}: {exc})")


def encode(obj, encoding='utf-8', errors='strict'):
    transform = _transforms.get(_key(encoding))
    try:
        if transform:
            return transform[1](obj, errors)
        if not isinstance(obj, str):
            raise TypeError(f"utf_8_encode() argument 1 must be str, not {type(obj).__name__}")
    except (TypeError, ValueError) as exc:
        raise _fail('encoding', encoding, exc) from None
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    transform = _transforms.get(_key(encoding))
    try:
        if transform:
            return transform[2](obj, errors)
        if isinstance(obj, str):
            raise TypeError("a bytes-like object is required, not 'str'")
    except (TypeError, ValueError) as exc:
        raise _fail('decoding', encoding, exc) from None
    return bytes(obj).decode(encoding, errors)


# They live in CPython's C module _codecs, which pickles name.
encode.__module__ = decode.__module__ = '_codecs'


def lookup(encoding):
    key = _key(encoding)
    if key in _transforms:
        name = _transforms[key][0]
    else:
        ''.encode(encoding)  # LookupError for an unknown encoding
        name = _canonical.get(key, key.replace('_', '-'))
    return CodecInfo(getencoder(encoding), getdecoder(encoding), name)


def getencoder(encoding):
    def encoder(obj, errors='strict'):
        return encode(obj, encoding, errors), len(obj)
    return encoder


def getdecoder(encoding):
    def decoder(obj, errors='strict'):
        return decode(obj, encoding, errors), len(obj)
    return decoder


def iterencode(iterator, encoding, errors='strict'):
    for text in iterator:
        if text:
            yield encode(text, encoding, errors)


def iterdecode(iterator, encoding, errors='strict'):
    pending = b''
    for chunk in iterator:
        pending += chunk
        try:
            text, pending = decode(pending, encoding, errors), b''
        except UnicodeDecodeError as exc:
            # A character cut at the chunk's end waits for the next chunk.
            if exc.end != len(pending) or exc.reason != 'unexpected end of data':
                raise
            text, pending = decode(pending[:exc.start], encoding, errors), pending[exc.start:]
        if text:
            yield text
    if pending:
        yield decode(pending, encoding, errors)


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    if encoding is None:
        return builtins.open(filename, mode, buffering)
    return builtins.open(filename, mode.replace('b', ''), buffering,
                         encoding=encoding, errors=errors)
