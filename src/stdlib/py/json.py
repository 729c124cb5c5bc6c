"""JSON encoding and decoding; the scanning and escaping are done by `_json`, in Rust."""

import _json
from json.decoder import JSONDecoder, JSONDecodeError

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            # With line breaks after each item, a trailing space would be noise.
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '  # CPython: json/encoder.py:180
                        f'is not JSON serializable')

    def encode(self, o):
        chunks = self.iterencode(o, _one_shot=True)  # CPython: json/encoder.py:200
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        _iterencode = _json.make_encoder(
            indent, self.item_separator, self.key_separator, self.sort_keys,
            self.ensure_ascii, self.allow_nan, self.skipkeys, self.check_circular,
            self.default)
        return _iterencode(o, 0)  # CPython: json/encoder.py:258


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """obj as a JSON document in a str."""
    customised = (skipkeys or not ensure_ascii or not check_circular or not allow_nan
                  or sort_keys or kw or cls is not None or indent is not None
                  or separators is not None or default is not None)
    if not customised:
        # The usual call reuses one encoder rather than building a new one.
        return _default_encoder.encode(obj)  # CPython: json/__init__.py:231
    if cls is None:
        cls = JSONEncoder
    return cls(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys,
        **kw).encode(obj)  # CPython: json/__init__.py:238


def dump(obj, fp, **kw):
    """Writes dumps(obj, **kw) to the text file fp."""
    fp.write(dumps(obj, **kw))


_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document s (str, or UTF-8 bytes)."""
    if isinstance(s, str):
        # A byte order mark means the text was decoded with the wrong codec.
        if s[:1] == '\ufeff':
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",  # CPython: json/__init__.py:335
                                  s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode('utf-8')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '  # CPython: json/__init__.py:339
                        f'not {s.__class__.__name__}')
    hooks = {'object_hook': object_hook, 'object_pairs_hook': object_pairs_hook,
             'parse_float': parse_float, 'parse_int': parse_int,
             'parse_constant': parse_constant}
    chosen = {name: hook for name, hook in hooks.items() if hook is not None}
    if cls is None and not chosen and not kw:
        return _default_decoder.decode(s)  # CPython: json/__init__.py:346
    if cls is None:
        cls = JSONDecoder
    kw.update(chosen)
    return cls(**kw).decode(s)  # CPython: json/__init__.py:359


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """loads() of the whole of the file fp."""
    return loads(fp.read(),  # CPython: json/__init__.py:293
        cls=cls, object_hook=object_hook,
        parse_float=parse_float, parse_int=parse_int,
        parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)
