"""`json.decoder`: JSONDecodeError and JSONDecoder, laid out so that tracebacks through
them read as CPython's; `_json` does the scanning."""

import re
import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']

WHITESPACE = re.compile(r'[ \t\n\r]*', re.VERBOSE | re.MULTILINE | re.DOTALL)

_CONSTANTS = {
    '-Infinity': float('-inf'),
    'Infinity': float('inf'),
    'NaN': float('nan'),
}


class JSONDecodeError(ValueError):
    """A malformed JSON document; `pos` is the character index of the fault."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
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
