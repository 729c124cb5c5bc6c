"""String constants, capwords, and Template ($-substitution)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalizes each word: split on sep (runs of whitespace by default),
    capitalize, and join with sep (a space by default)."""
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


_ID_START = '_' + ascii_letters
_ID_CHARS = _ID_START + digits


class _ChainMap:
    """Keyword arguments first, then the mapping."""

    def __init__(self, first, second):
        self.first, self.second = first, second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


class Template:
    """A string with $-placeholders: $name or ${name}; $$ is a literal $.
    Subclasses may change the delimiter."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields (start, end, kind, name) for each placeholder; kind is
        'escaped', 'named', 'braced' or 'invalid' (end is then after the
        delimiter)."""
        text, delim = self.template, self.delimiter
        i = text.find(delim)
        while i >= 0:
            j = i + len(delim)
            if text.startswith(delim, j):
                yield i, j + len(delim), 'escaped', None
                j += len(delim)
            elif j < len(text) and text[j] in _ID_START:
                k = j + 1
                while k < len(text) and text[k] in _ID_CHARS:
                    k += 1
                yield i, k, 'named', text[j:k]
                j = k
            elif text.startswith('{', j) and j + 1 < len(text) and text[j + 1] in _ID_START:
                k = j + 2
                while k < len(text) and text[k] in _ID_CHARS:
                    k += 1
                if text.startswith('}', k):
                    yield i, k + 1, 'braced', text[j + 1:k]
                    j = k + 1
                else:
                    yield i, j, 'invalid', None
            else:
                yield i, j, 'invalid', None
            i = text.find(delim, j)

    def _invalid(self, end):
        lines = self.template[:end].splitlines(True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = end - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def _substitute(self, mapping, kws, safe):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        last = 0
        text = self.template
        for start, end, kind, name in self._scan():
            out.append(text[last:start])
            last = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                out.append(text[start:end])
            elif safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(text[start:end])
            else:
                out.append(str(mapping[name]))
        out.append(text[last:])
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        """The template with placeholders replaced; KeyError for a missing
        name, ValueError for a delimiter not starting a placeholder."""
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        """Like substitute, but leaves unknown or malformed placeholders as
        they are."""
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        return all(kind != 'invalid' for _, _, kind, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for _, _, kind, name in self._scan():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
        return ids
