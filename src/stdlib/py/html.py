"""HTML escaping: escape() for text put into HTML, and unescape(), which turns
named and numeric character references back into characters by the rules of
the HTML 5 standard, as CPython's html module does."""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    s = s.replace("&", "&amp;")  # first, so the other replacements stay intact
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


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


def _replace_charref(s):
    s = s.group(1)
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if num in _invalid_codepoints:
            return ''
        return chr(num)
    if s in _html5:
        return _html5[s]
    # The longest known name the reference starts with; the rest stays text.
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in _html5:
            return _html5[s[:x]] + s[x:]
    return '&' + s


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
