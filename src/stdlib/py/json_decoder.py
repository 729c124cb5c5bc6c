"""json.decoder: JSONDecodeError and JSONDecoder.  The scanning is native
(_json.make_scanner); the lines marked `# CPython: file:line` keep CPython's
text, so that a traceback through them reads as CPython's."""

import re
import _json

__all__ = ['JSONDecodeError', 'JSONDecoder']

WHITESPACE = re.compile(r'[ \t\n\r]*', re.VERBOSE | re.MULTILINE | re.DOTALL)

# What NaN and the infinities (accepted although not JSON) decode to when no
# parse_constant is given.
_SPECIAL_FLOATS = {name: float(name) for name in ('NaN', 'Infinity', '-Infinity')}


class JSONDecodeError(ValueError):
    """A document that is not valid JSON.  Besides the message it keeps the
    document, the index where decoding failed (pos) and that index's line
    and column, both counted from 1."""

    def __init__(self, msg, doc, pos):
        line_start = doc.rfind('\n', 0, pos) + 1
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno = doc.count('\n', 0, pos) + 1
        self.colno = pos - line_start + 1
        super().__init__(f'{msg}: line {self.lineno} column {self.colno} (char {pos})')

    def __reduce__(self):
        # Rebuilt from the constructor's arguments, not from the message.
        return type(self), (self.msg, self.doc, self.pos)


class JSONDecoder:
    """Turns JSON text into Python objects; the hooks and parse_* callables
    replace the default construction of objects and numbers."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook, self.object_pairs_hook = object_hook, object_pairs_hook
        self.parse_int = int if parse_int is None else parse_int
        self.parse_float = float if parse_float is None else parse_float
        if parse_constant is None:
            parse_constant = _SPECIAL_FLOATS.__getitem__
        self.parse_constant = parse_constant
        # strict=False lets control characters appear inside strings.
        self.strict = strict
        self.scan_once = _json.make_scanner(self, JSONDecodeError)

    def decode(self, s, _w=WHITESPACE.match):
        obj, end = self.raw_decode(s, idx=_w(s, 0).end())  # CPython: json/decoder.py:337
        end = _w(s, end).end()
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)  # CPython: json/decoder.py:340
        return obj

    def raw_decode(self, s, idx=0):
        try:
            obj, end = self.scan_once(s, idx)  # CPython: json/decoder.py:353
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None  # CPython: json/decoder.py:355
        return obj, end
