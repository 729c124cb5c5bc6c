"""JSON encoding and decoding. The scanning and escaping are done by `_json`, in Rust;
this module holds the public API around it. Lines marked `# CPython: json/...` are
the ones CPython's tracebacks show from its json package."""

import _json
from json.decoder import JSONDecoder, JSONDecodeError

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


class JSONEncoder:
    """Turns Python data (dict, list, tuple, str, int, float, bool, None) into JSON
    text; `default` is asked to convert anything else."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        for option, value in (('skipkeys', skipkeys), ('ensure_ascii', ensure_ascii),
                              ('check_circular', check_circular), ('allow_nan', allow_nan),
                              ('sort_keys', sort_keys), ('indent', indent)):
            setattr(self, option, value)
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            # Items end their lines, where a trailing space would be noise.
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Converts an object JSON has no form for; by default, refuses."""
        raise TypeError(f'Object of type {o.__class__.__name__} '  # CPython: json/encoder.py:180
                        'is not JSON serializable')

    def encode(self, o):
        """The JSON text of `o`, as one string."""
        chunks = self.iterencode(o, _one_shot=True)  # CPython: json/encoder.py:200
        return ''.join(chunks if isinstance(chunks, (list, tuple)) else list(chunks))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of `o`, in pieces."""
        pad = self.indent
        if pad is not None and not isinstance(pad, str):
            pad = ' ' * pad
        _iterencode = _json.make_encoder(
            pad, self.item_separator, self.key_separator, self.sort_keys, self.ensure_ascii,
            self.allow_nan, self.skipkeys, self.check_circular, self.default)
        return _iterencode(o, 0)  # CPython: json/encoder.py:258


# The encoder and decoder of calls that change no setting, made once.
_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()
_ENCODER_DEFAULTS = (False, True, True, True, None, None, None, False)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
        allow_nan=True, cls=None, indent=None, separators=None,
        default=None, sort_keys=False, **kw):
    """The JSON text of `obj`; the options are those of JSONEncoder (or `cls`)."""
    settings = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                    check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                    separators=separators, default=default, sort_keys=sort_keys)
    if cls is None and not kw and tuple(settings.values()) == _ENCODER_DEFAULTS:
        return _default_encoder.encode(obj)  # CPython: json/__init__.py:231
    if cls is None:
        cls = JSONEncoder
    return cls(**settings,
        **kw).encode(obj)  # CPython: json/__init__.py:238


def dump(obj, fp, **kw):
    """Writes the JSON text of `obj` to the file `fp`."""
    fp.write(dumps(obj, **kw))


def loads(s, *, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The Python data that the JSON document `s` (str, or UTF-8 bytes) holds."""
    if isinstance(s, (bytes, bytearray)):
        s = s.decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '  # CPython: json/__init__.py:339
                        f'not {type(s).__name__}')
    elif s.startswith('\ufeff'):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",  # CPython: json/__init__.py:335
                              s, 0)
    hooks = {name: hook for name, hook in (
        ('object_hook', object_hook), ('object_pairs_hook', object_pairs_hook),
        ('parse_float', parse_float), ('parse_int', parse_int),
        ('parse_constant', parse_constant)) if hook is not None}
    if cls is None and not hooks and not kw:
        return _default_decoder.decode(s)  # CPython: json/__init__.py:346
    kw.update(hooks)
    if cls is None:
        cls = JSONDecoder
    return cls(**kw).decode(s)  # CPython: json/__init__.py:359


def load(fp, *, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The Python data of the JSON document read from the file `fp`."""
    return loads(fp.read(),  # CPython: json/__init__.py:293
                 cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
