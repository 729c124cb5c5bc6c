"""String constants, capwords, and Template ($-substitution)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

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


class Formatter:
    """str.format as overridable steps: parse() splits the template, get_field() and
    get_value() find each argument, convert_field() and format_field() render it."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each replacement
        field; the text after the last field comes with None for the rest."""
        out = []
        literal = []
        i, n = 0, len(format_string)
        while i < n:
            c = format_string[i]
            if c == '}':
                if format_string[i + 1:i + 2] != '}':
                    raise ValueError("Single '}' encountered in format string")
                # An escaped brace ends the literal piece, as CPython's parser yields it.
                out.append((''.join(literal) + '}', None, None, None))
                literal = []
                i += 2
                continue
            if c != '{':
                literal.append(c)
                i += 1
                continue
            if format_string[i + 1:i + 2] == '{':
                out.append((''.join(literal) + '{', None, None, None))
                literal = []
                i += 2
                continue
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            # The closing brace: nested fields count, and a `[key]` may hold any brace.
            depth, j, in_name, nested = 1, i + 1, True, False
            while j < n:
                ch = format_string[j]
                if in_name and ch == '[':
                    k = format_string.find(']', j)
                    j = n if k < 0 else k + 1
                    if k < 0:
                        break
                    continue
                if ch in '!:':
                    in_name = False
                elif ch == '{':
                    depth += 1
                    nested = True
                elif ch == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                if nested:
                    raise ValueError("unmatched '{' in format spec")
                raise ValueError("expected '}' before end of string")
            j += 1
            field = format_string[i + 1:j - 1]
            name_end = len(field)
            bracket = False
            for k, ch in enumerate(field):
                if ch == '[':
                    bracket = True
                elif ch == ']':
                    bracket = False
                elif ch in '!:' and not bracket:
                    name_end = k
                    break
            name, rest = field[:name_end], field[name_end:]
            conversion = None
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(':'):
                    raise ValueError("expected ':' after conversion specifier")
            spec = rest[1:] if rest.startswith(':') else ''
            out.append((''.join(literal), name, spec, conversion))
            literal = []
            i = j
        if literal:
            out.append((''.join(literal), None, None, None))
        return out

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


def _field_name_split(field_name):
    """The argument a field names (an int when all digits) and an iterator over the
    `.attr` and `[key]` steps after it, which reports a malformed step only when
    reached, as CPython's does."""
    end = len(field_name)
    for k, ch in enumerate(field_name):
        if ch in '.[':
            end = k
            break
    first = field_name[:end]
    first = int(first) if first.isdigit() else first
    return first, _field_steps(field_name[end:])


def _field_steps(rest):
    while rest:
        if rest[0] == '.':
            k = min((p for p in (rest.find('.', 1), rest.find('[', 1)) if p > 0),
                    default=len(rest))
            if k == 1:
                raise ValueError('Empty attribute in format string')
            yield True, rest[1:k]
            rest = rest[k:]
        elif rest[0] == '[':
            k = rest.find(']')
            if k < 0:
                raise ValueError("Missing ']' in format string")
            key = rest[1:k]
            if not key:
                raise ValueError('Empty attribute in format string')
            yield False, int(key) if key.isdigit() else key
            rest = rest[k + 1:]
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
