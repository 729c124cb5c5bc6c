"""Regular expressions with Python's syntax and semantics; matching is done by `_re`
(fancy-regex), this module supplies the API, Match objects and replacement templates."""

import _re
import enum as _enum

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M',
           'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'NOFLAG', 'RegexFlag']


class RegexFlag(_enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    _numeric_repr_ = hex

    # The flags are also the module's globals, and show as such: re.IGNORECASE|re.DOTALL.
    def __repr__(self):
        if self._name_ is None:
            return 're.RegexFlag(%r)' % self._value_
        return '|'.join(n if n[0].isdigit() else 're.' + n for n in self._name_.split('|'))

    __str__ = __repr__

    def __format__(self, spec):
        return format(str(self), spec)


NOFLAG = RegexFlag.NOFLAG
ASCII = A = RegexFlag.ASCII
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
UNICODE = U = RegexFlag.UNICODE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
VERBOSE = X = RegexFlag.VERBOSE
TEMPLATE = T = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG

_FLAG_NAMES = [(TEMPLATE, 're.TEMPLATE'), (IGNORECASE, 're.IGNORECASE'),
               (LOCALE, 're.LOCALE'), (MULTILINE, 're.MULTILINE'), (DOTALL, 're.DOTALL'),
               (UNICODE, 're.UNICODE'), (VERBOSE, 're.VERBOSE'), (DEBUG, 're.DEBUG'),
               (ASCII, 're.ASCII')]

_MAXSIZE = 9223372036854775807


class error(Exception):
    """A malformed pattern or replacement template."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            self.lineno = pattern.count('\n', 0, pos) + 1
            self.colno = pos - pattern.rfind('\n', 0, pos)
            if '\n' in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        Exception.__init__(self, msg)


_INLINE = {'a': 256, 'i': 2, 'L': 4, 'm': 8, 's': 16, 'u': 32, 'x': 64}


def _inline_flags(pattern):
    """The flags set by `(?imsx)` groups at the start of a pattern, which count as the
    pattern's own flags."""
    flags = 0
    pos = 0
    while pattern.startswith('(?', pos):
        end = pattern.find(')', pos)
        letters = pattern[pos + 2:end]
        if end < 0 or not letters or any(c not in _INLINE for c in letters):
            break
        for c in letters:
            flags |= _INLINE[c]
        pos = end + 1
    return flags


class Pattern:
    def __init__(self, pattern, flags):
        flags = int(flags)
        compiled = _re.compile(pattern, flags)
        if len(compiled) == 2:
            raise error(compiled[0], pattern, compiled[1])
        self._engine, self.groups, self.groupindex = compiled
        self.pattern = pattern
        flags |= _inline_flags(pattern)
        self.flags = flags if flags & ASCII else flags | int(UNICODE)

    def __repr__(self):
        text = repr(self.pattern)[:200]
        flags = self.flags & ~UNICODE if not self.flags & ASCII else self.flags
        if not flags:
            return 're.compile(%s)' % text
        names = [name for bit, name in _FLAG_NAMES if flags & bit]
        rest = flags & ~sum(bit for bit, _ in _FLAG_NAMES)
        if rest:
            names.append(hex(rest))
        return 're.compile(%s, %s)' % (text, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _scan(self, string, pos, endpos, mode):
        spans = _re.scan(self._engine, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._scan(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._scan(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._scan(string, pos, endpos, 2)

    def _spans(self, string, pos=0, endpos=_MAXSIZE, limit=0):
        return _re.scan_all(self._engine, string, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        for spans in self._spans(string, pos, endpos):
            yield Match(self, string, pos, endpos, spans)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        out = []
        groups = self.groups
        for spans in self._spans(string, pos, endpos):
            if groups == 0:
                out.append(string[spans[0]:spans[1]])
            elif groups == 1:
                out.append(string[spans[2]:spans[3]] if spans[2] >= 0 else '')
            else:
                out.append(tuple(string[spans[2 * g]:spans[2 * g + 1]] if spans[2 * g] >= 0
                                 else '' for g in range(1, groups + 1)))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        for spans in self._spans(string, limit=maxsplit):
            out.append(string[last:spans[0]])
            for g in range(1, self.groups + 1):
                out.append(string[spans[2 * g]:spans[2 * g + 1]] if spans[2 * g] >= 0 else None)
            last = spans[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            expand = repl
        elif '\\' in repl:
            template = _parse_template(repl, self)
            expand = lambda m: _expand(template, m)
        else:
            expand = None
        pieces = []
        last = 0
        n = 0
        for spans in self._spans(string, limit=count):
            if spans[0] > last:
                pieces.append(string[last:spans[0]])
            if expand is None:
                pieces.append(repl)
            else:
                piece = expand(Match(self, string, 0, len(string), spans))
                if piece is not None:
                    pieces.append(piece)
            last = spans[1]
            n += 1
        pieces.append(string[last:])
        return ''.join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', 'b': '\b',
            '\\': '\\'}


def _parse_template(repl, pattern):
    """A replacement template as a list of literal strings and group numbers."""
    parts = []
    literal = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        if i + 1 == n:
            raise error('bad escape (end of pattern)', repl, i)
        e = repl[i + 1]
        group = None
        if e == 'g':
            close = repl.find('>', i + 3)
            if i + 2 >= n or repl[i + 2] != '<':
                raise error('missing <', repl, i + 2)
            if i + 3 == n:
                raise error('missing group name', repl, i + 3)
            if close < 0:
                raise error('missing >, unterminated name', repl, i + 3)
            name = repl[i + 3:close]
            if not name:
                raise error('missing group name', repl, i + 3)
            if name.isdigit():
                group = int(name)
                if group > pattern.groups:
                    raise error('invalid group reference %d' % group, repl, i + 3)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                group = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, repl, i + 3)
            i = close + 1
        elif e == '0':
            j = i + 2
            while j < n and j < i + 4 and repl[j] in '01234567':
                j += 1
            literal.append(chr(int(repl[i + 1:j], 8)))
            i = j
            continue
        elif e.isdigit():
            j = i + 2
            if j < n and repl[j].isdigit():
                j += 1
            group = int(repl[i + 1:j])
            if group > pattern.groups:
                raise error('invalid group reference %d' % group, repl, i + 1)
            i = j
        elif e in _ESCAPES:
            literal.append(_ESCAPES[e])
            i += 2
            continue
        elif e.isascii() and e.isalpha():
            raise error('bad escape \\%s' % e, repl, i)
        else:
            literal.append('\\' + e)
            i += 2
            continue
        if literal:
            parts.append(''.join(literal))
            literal = []
        parts.append(group)
    if literal:
        parts.append(''.join(literal))
    return parts


def _expand(template, match):
    out = []
    for part in template:
        if isinstance(part, int):
            s = match.group(part)
            if s is not None:
                out.append(s)
        else:
            out.append(part)
    return ''.join(out)


class Match:
    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = min(endpos, len(string))
        self._spans = spans

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, str):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        raise IndexError('no such group')

    def _group(self, index, default=None):
        start = self._spans[2 * index]
        if start < 0:
            return default
        return self.string[start:self._spans[2 * index + 1]]

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(self._index(groups[0]))
        return tuple(self._group(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._group(self._index(group))

    def groups(self, default=None):
        return tuple(self._group(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(index, default)
                for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        index = self._index(group)
        return self._spans[2 * index], self._spans[2 * index + 1]

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    @property
    def lastindex(self):
        # The group closed last: the one ending furthest right, the outermost on a tie.
        best = None
        for g in range(1, self.re.groups + 1):
            end = self._spans[2 * g + 1]
            if self._spans[2 * g] >= 0 and (best is None or end > self._spans[2 * best + 1]):
                best = g
        return best

    @property
    def lastgroup(self):
        index = self.lastindex
        for name, i in self.re.groupindex.items():
            if i == index:
                return name
        return None

    def expand(self, template):
        return _expand(_parse_template(template, self.re), self)

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%r>' % (
            self._spans[0], self._spans[1], self._group(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, str):
        raise TypeError('first argument must be string or compiled pattern')
    key = (pattern, flags)
    compiled = _cache.get(key)
    if compiled is None:
        compiled = Pattern(pattern, flags)
        if len(_cache) >= 512:
            _cache.clear()
        _cache[key] = compiled
    return compiled


_compile = compile


def purge():
    _cache.clear()


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)  # CPython: re/__init__.py:185


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)  # CPython: re/__init__.py:196


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
