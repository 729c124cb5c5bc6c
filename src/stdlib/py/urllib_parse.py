"""URL handling as CPython's urllib.parse does it: splitting a URL into its
parts and putting it back together, resolving a reference against a base
URL, percent-encoding, and building or reading query strings."""

from collections import namedtuple as _namedtuple

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag', 'urlsplit', 'urlunsplit',
           'urlencode', 'parse_qs', 'parse_qsl', 'quote', 'quote_plus', 'quote_from_bytes',
           'unquote', 'unquote_plus', 'unquote_to_bytes', 'DefragResult', 'ParseResult',
           'SplitResult']

# Which schemes allow relative references, have a //netloc, and take ;params.
uses_relative = [
    '', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp', 'mms',
    'prospero', 'rtsp', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = [
    '', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms', 'https',
    'shttp', 'snews', 'prospero', 'rtsp', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp', 'nfs',
    'git', 'git+ssh', 'ws', 'wss']
uses_params = [
    '', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtspu', 'sip',
    'sips', 'mms', 'sftp', 'tel']
scheme_chars = ('abcdefghijklmnopqrstuvwxyz' 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' '0123456789' '+-.')

# Browsers (the WHATWG URL standard) ignore leading controls and spaces, and
# tabs and newlines anywhere; so does urlsplit.
_LEADING_JUNK = ''.join(map(chr, range(0x21)))
_DROPPED = ('\t', '\r', '\n')


class _Authority:
    """The netloc's pieces, [user[:password]@]host[:port], as properties."""
    __slots__ = ()

    def _credentials(self):
        userinfo, at, _ = self.netloc.rpartition('@')
        if not at:
            return None, None
        user, colon, password = userinfo.partition(':')
        return user, password if colon else None

    def _location(self):
        location = self.netloc.rpartition('@')[2]
        before, bracket, inside = location.partition('[')
        if bracket:
            host, _, after = inside.partition(']')
            port = after.partition(':')[2]
        else:
            host, _, port = location.partition(':')
        return host, port or None

    @property
    def username(self):
        return self._credentials()[0]

    @property
    def password(self):
        return self._credentials()[1]

    @property
    def hostname(self):
        host = self._location()[0]
        if not host:
            return None
        # An IPv6 zone id ("%eth0") keeps its case.
        address, percent, zone = host.partition('%')
        return address.lower() + percent + zone

    @property
    def port(self):
        text = self._location()[1]
        if text is None:
            return None
        if not (text.isascii() and text.isdigit()):
            raise ValueError(f'Port could not be cast to integer value as {text!r}')
        number = int(text)
        if number > 65535:
            raise ValueError('Port out of range 0-65535')
        return number


class DefragResult(_namedtuple('DefragResult', 'url fragment')):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


class SplitResult(_namedtuple('SplitResult', 'scheme netloc path query fragment'), _Authority):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_namedtuple('ParseResult', 'scheme netloc path params query fragment'),
                  _Authority):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


def _cut(text, separator):
    """(before, after) at the first separator, or (text, '') without one."""
    before, found, after = text.partition(separator)
    return before, after


def urlsplit(url, scheme='', allow_fragments=True):
    """Split url into (scheme, netloc, path, query, fragment); scheme is the
    default used when url names none."""
    url = url.lstrip(_LEADING_JUNK)
    scheme = scheme.strip(_LEADING_JUNK)
    for junk in _DROPPED:
        url = url.replace(junk, '')
        scheme = scheme.replace(junk, '')
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha() and \
            all(c in scheme_chars for c in url[:colon]):
        scheme = url[:colon].lower()
        url = url[colon + 1:]
    netloc = ''
    if url.startswith('//'):
        ends = [i for i in map(lambda c: url.find(c, 2), '/?#') if i >= 0]
        end = min(ends, default=len(url))
        netloc, url = url[2:end], url[end:]
        if ('[' in netloc) != (']' in netloc):
            raise ValueError('Invalid IPv6 URL')
    fragment = query = ''
    if allow_fragments and '#' in url:
        url, fragment = _cut(url, '#')
    if '?' in url:
        url, query = _cut(url, '?')
    return SplitResult(scheme, netloc, url, query, fragment)


def urlparse(url, scheme='', allow_fragments=True):
    """Like urlsplit(), also taking ';params' off the last path segment."""
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in path:
        last_slash = path.rfind('/')
        semicolon = path.find(';', max(last_slash, 0))
        if semicolon >= 0:
            path, params = path[:semicolon], path[semicolon + 1:]
    return ParseResult(scheme, netloc, path, params, query, fragment)


def urlunsplit(components):
    """Join the five parts of urlsplit() back into a URL."""
    scheme, netloc, path, query, fragment = components
    if netloc or (scheme and scheme in uses_netloc and not path.startswith('//')):
        if path and not path.startswith('/'):
            path = '/' + path
        path = '//' + (netloc or '') + path
    url = path
    if scheme:
        url = f'{scheme}:{url}'
    if query:
        url = f'{url}?{query}'
    if fragment:
        url = f'{url}#{fragment}'
    return url


def urlunparse(components):
    """Join the six parts of urlparse() back into a URL."""
    scheme, netloc, path, params, query, fragment = components
    if params:
        path = f'{path};{params}'
    return urlunsplit((scheme, netloc, path, query, fragment))


def _remove_dot_segments(segments):
    kept = []
    for segment in segments:
        if segment == '..':
            if kept:
                kept.pop()
        elif segment != '.':
            kept.append(segment)
    if segments[-1] in ('.', '..'):
        kept.append('')  # "a/b/.." names a directory: keep the trailing slash
    return kept


def urljoin(base, url, allow_fragments=True):
    """Resolve url relative to base (RFC 3986, with CPython's leniencies)."""
    if not base or not url:
        return url or base
    base_parts = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, base_parts.scheme,
                                                             allow_fragments)
    if scheme != base_parts.scheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = base_parts.netloc
    if not path and not params:
        return urlunparse((scheme, netloc, base_parts.path, base_parts.params,
                           query or base_parts.query, fragment))
    if path.startswith('/'):
        segments = path.split('/')
    else:
        directory = base_parts.path.split('/')
        if directory[-1]:
            directory.pop()  # the base's last segment is a file, not a directory
        segments = directory + path.split('/')
        # Empty segments in the middle (from "a//b") are dropped.
        segments[1:-1] = filter(None, segments[1:-1])
    resolved = '/'.join(_remove_dot_segments(segments)) or '/'
    return urlunparse((scheme, netloc, resolved, params, query, fragment))


def urldefrag(url):
    """(url without its fragment, fragment)."""
    if '#' not in url:
        return DefragResult(url, '')
    parts = urlparse(url)
    return DefragResult(urlunparse(parts._replace(fragment='')), parts.fragment)


# Percent-encoding.

_UNRESERVED = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ' b'abcdefghijklmnopqrstuvwxyz'
                        b'0123456789' b'_.-~')
_HEXDIGITS = frozenset('0123456789ABCDEFabcdef')


def quote_from_bytes(bs, safe='/'):
    """Percent-encode bytes, leaving unreserved characters and those in safe."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError('quote_from_bytes() expected bytes')
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    keep = _UNRESERVED.union(safe)
    return ''.join(chr(byte) if byte in keep else f'%{byte:02X}' for byte in bs)


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode string (str, encoded first, or bytes) for use in a URL."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    elif encoding is not None:
        raise TypeError("quote() doesn't support 'encoding' for bytes")
    elif errors is not None:
        raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() for form values: spaces become '+' (and '+' is escaped)."""
    if isinstance(string, str):
        needs_plus = ' ' in string
    else:
        needs_plus = not isinstance(string, bytes) or b' ' in string
    if not needs_plus:
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


def _is_escape(text, i):
    return text[i] == '%' and text[i + 1:i + 2] in _HEXDIGITS and text[i + 2:i + 3] in _HEXDIGITS


def unquote_to_bytes(string):
    """Bytes with every %XX escape replaced by its byte; a str is UTF-8 encoded first."""
    if isinstance(string, str):
        string = string.encode('utf-8')
    text = bytes(string).decode('latin-1')  # one char per byte, so indices agree
    out = bytearray()
    i = 0
    while i < len(text):
        if _is_escape(text, i):
            out.append(int(text[i + 1:i + 3], 16))
            i += 3
        else:
            out.append(ord(text[i]))
            i += 1
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %XX escapes; consecutive escapes are decoded together, so a
    multi-byte character comes out whole."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        return string
    pieces = []
    i = 0
    while i < len(string):
        if not _is_escape(string, i):
            pieces.append(string[i])
            i += 1
            continue
        end = i
        while end < len(string) and _is_escape(string, end):
            end += 3
        pieces.append(unquote_to_bytes(string[i:end]).decode(encoding, errors))
        i = end
    return ''.join(pieces)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() for form values: '+' means a space."""
    return unquote(string.replace('+', ' '), encoding, errors)


# Query strings.

def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """Build 'k=v&k2=v2' from a mapping or a sequence of pairs. With doseq,
    a sequence value gives one pair per element."""
    if hasattr(query, 'items'):
        pairs = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError:
            raise TypeError('not a valid non-string sequence or mapping object') from None
        pairs = query

    def encoded(value):
        if isinstance(value, bytes):
            return quote_via(value, safe)
        return quote_via(str(value), safe, encoding, errors)

    fields = []
    for key, value in pairs:
        values = [value]
        if doseq and not isinstance(value, (str, bytes)):
            try:
                len(value)
            except TypeError:
                pass
            else:
                values = value
        fields.extend(encoded(key) + '=' + encoded(item) for item in values)
    return '&'.join(fields)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
              errors='replace', max_num_fields=None, separator='&'):
    """The (name, value) pairs of a query string, in order. Bytes in give
    bytes out."""
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError('Separator must be of type string or bytes.')
    as_bytes = isinstance(qs, (bytes, bytearray))
    if as_bytes:
        qs = bytes(qs).decode('ascii')
    if isinstance(separator, bytes):
        separator = separator.decode('ascii')
    if max_num_fields is not None and qs.count(separator) + 1 > max_num_fields:
        raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in qs.split(separator) if qs else ():
        if not field and not strict_parsing:
            continue
        name, equals, value = field.partition('=')
        if not equals:
            if strict_parsing:
                raise ValueError(f'bad query field: {field!r}')
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            pair = (unquote_plus(name, encoding, errors), unquote_plus(value, encoding, errors))
            if as_bytes:
                pair = tuple(part.encode('ascii') for part in pair)
            pairs.append(pair)
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
             errors='replace', max_num_fields=None, separator='&'):
    """Like parse_qsl(), gathered into a dict of name -> list of values."""
    gathered = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                 max_num_fields, separator):
        gathered.setdefault(name, []).append(value)
    return gathered
