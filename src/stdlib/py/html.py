"""html: escaping text for HTML, and unescape(), which resolves character
references (named and numeric) the way the HTML 5 standard tells browsers
to, including its rules for malformed ones."""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


_ESCAPES = {ord('&'): '&amp;', ord('<'): '&lt;', ord('>'): '&gt;'}
_QUOTE_ESCAPES = {**_ESCAPES, ord('"'): '&quot;', ord("'"): '&#x27;'}


def escape(s, quote=True):
    """Replace &, < and > (and, with `quote`, both quote characters) by
    character references, so that `s` reads as text in HTML."""
    return s.translate(_QUOTE_ESCAPES if quote else _ESCAPES)


# Numeric references HTML 5 reads differently: NUL, CR, and 0x80-0x9f as the
# Windows-1252 characters (those it leaves undefined stay as they are).
_invalid_charrefs = {0x00: '\ufffd', 0x0d: '\r'}
_invalid_charrefs.update(zip(
    range(0x80, 0xa0),
    '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f'
    '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178'))

# Code points a reference may not produce: control characters and noncharacters.
_invalid_codepoints = (set(range(0x1, 0x9)) | {0xb} | set(range(0xe, 0x20))
                       | set(range(0x7f, 0xa0)) | set(range(0xfdd0, 0xfdf0))
                       | {plane + low for plane in range(0, 0x110000, 0x10000)
                          for low in (0xfffe, 0xffff)})


def _numeric(digits, base):
    code = int(digits, base)
    if code in _invalid_charrefs:
        return _invalid_charrefs[code]
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return '\uFFFD'
    return '' if code in _invalid_codepoints else chr(code)


def _named(name):
    """A named reference: known as written, or else its longest known
    prefix (of two or more characters) with the rest left as text."""
    if name in _html5:
        return _html5[name]
    for cut in range(len(name) - 1, 1, -1):
        known = _html5.get(name[:cut])
        if known is not None:
            return known + name[cut:]
    return '&' + name


def _resolve(match):
    decimal, hexadecimal, name = match.groups()
    if decimal is not None:
        return _numeric(decimal, 10)
    if hexadecimal is not None:
        return _numeric(hexadecimal, 16)
    return _named(name)


# A reference's semicolon is optional; names are at most 32 characters.
_REFERENCE = _re.compile(r'&(?:#([0-9]+);?|#[xX]([0-9a-fA-F]+);?'
                         r'|([^\t\n\f <&#;]{1,32};?))')


def unescape(s):
    """Replace the character references in `s` by the characters they
    stand for."""
    if '&' not in s:
        return s
    return _REFERENCE.sub(_resolve, s)
