"""Reading and writing CSV files: reader and writer (with the quoting
rules of dialects such as excel), DictReader and DictWriter, the
dialect registry, and Sniffer, which guesses a sample's dialect."""

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error',
           'Dialect', 'excel', 'excel_tab', 'unix_dialect', 'field_size_limit', 'reader',
           'writer', 'register_dialect', 'get_dialect', 'list_dialects',
           'unregister_dialect', 'DictReader', 'DictWriter', 'Sniffer', '__version__']

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024


class Error(Exception):
    __module__ = '_csv'


def field_size_limit(*args):
    """Returns the largest field the reader accepts; sets it when given."""
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


_ATTRIBUTES = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar',
               'quoting', 'skipinitialspace', 'strict')


def _char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Format:
    """A dialect's settings checked, with fmtparams applied over them: what
    readers and writers expose as .dialect."""

    def __init__(self, dialect, **fmtparams):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in fmtparams:
            if name not in _ATTRIBUTES:
                raise TypeError("'%s' is an invalid keyword argument for this function"
                                % name)

        def setting(name, default):
            if name in fmtparams:
                return fmtparams[name]
            return getattr(dialect, name, default) if dialect is not None else default

        self.delimiter = _char('delimiter', setting('delimiter', ','), False)
        self.quoting = setting('quoting', QUOTE_MINIMAL)
        if 'quotechar' in fmtparams and fmtparams['quotechar'] is None \
                and 'quoting' not in fmtparams:
            # No quote character, and no quoting asked for: none.
            self.quoting = QUOTE_NONE
        if not isinstance(self.quoting, int):
            raise TypeError('"quoting" must be an integer')
        if self.quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        self.quotechar = _char('quotechar', setting('quotechar', '"'), True)
        self.escapechar = _char('escapechar', setting('escapechar', None), True)
        self.doublequote = bool(setting('doublequote', True))
        self.skipinitialspace = bool(setting('skipinitialspace', False))
        self.strict = bool(setting('strict', False))
        lineterminator = setting('lineterminator', '\r\n')
        if lineterminator is None:
            raise TypeError('lineterminator must be set')
        if not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = lineterminator
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')


class Dialect:
    """Describes a CSV format: subclass it and set the attributes."""

    __module__ = 'csv'

    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        try:
            _Format(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    """The format Excel writes: comma-separated, '"' quotes, CRLF line ends."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    """Comma-separated, every field quoted, '\\n' line ends."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Format(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


register_dialect('excel', excel)
register_dialect('excel-tab', excel_tab)
register_dialect('unix', unix_dialect)

# The reader's states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None


class _Reader:
    """Iterates over the rows (lists of str) of the lines of an iterable;
    a quoted field may span lines."""

    def __init__(self, iterable, dialect, fmtparams):
        self._lines = iter(iterable)
        self.dialect = _Format(dialect, **fmtparams)
        self.line_num = 0
        d = self.dialect
        # Lines without these can be split at the delimiter directly.
        self._plain = (d.quoting != QUOTE_NONNUMERIC and not d.skipinitialspace
                       and d.delimiter not in '\r\n')
        self._special = [c for c in (d.quotechar, d.escapechar, '\r', '\n') if c]

    def __iter__(self):
        return self

    def _split_plain(self, line):
        body = line[:-1] if line.endswith('\n') else line
        if body.endswith('\r'):
            body = body[:-1]
        for c in self._special:
            if c in body:
                return None
        if not body:
            return []
        fields = body.split(self.dialect.delimiter)
        for field in fields:
            if len(field) > _field_limit:
                raise Error('field larger than field limit (%d)' % _field_limit)
        return fields

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data') from None
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s (the file should be '
                            'opened in text mode)' % type(line).__name__)
            self.line_num += 1
            if self._plain and self._state == _START_RECORD:
                fields = self._split_plain(line)
                if fields is not None:
                    return fields
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        return self._fields

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field.append(c)

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _end_of_field(self, c):
        # A field ends at a line end: the record too, at the end of the line.
        self._save_field()
        self._state = _START_RECORD if c is _EOL else _EAT_CRNL

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c in '\r\n':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c in '\r\n':
                self._end_of_field(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c is not _EOL and c in '\r\n':
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add('\n' if c is _EOL else c)
            self._state = _IN_FIELD
        elif state in (_IN_FIELD, _AFTER_ESCAPED_CRNL):
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            self._state = _IN_FIELD
            if c is _EOL or c in '\r\n':
                self._end_of_field(c)
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add('\n' if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c in '\r\n':
                self._end_of_field(c)
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c is _EOL:
                self._state = _START_RECORD
            elif c not in '\r\n':
                raise Error('new-line character seen in unquoted field - do you need to '
                            'open the file in universal-newline mode?')


def reader(csvfile, dialect='excel', **fmtparams):
    """An iterator over the rows of csvfile (any iterable of lines) as lists
    of strings."""
    return _Reader(csvfile, dialect, fmtparams)


def _is_number(value):
    return isinstance(value, (int, float)) or hasattr(type(value), '__float__')


class _Writer:
    """Writes rows to a file as delimited lines, quoting as the dialect says."""

    def __init__(self, fileobj, dialect, fmtparams):
        self._write = getattr(fileobj, 'write', None)
        if self._write is None:
            raise TypeError('argument 1 must have a "write" method')
        self.dialect = _Format(dialect, **fmtparams)

    def _field(self, value):
        d = self.dialect
        if d.quoting == QUOTE_ALL:
            quoted = True
        elif d.quoting == QUOTE_NONNUMERIC:
            quoted = not _is_number(value)
        else:
            quoted = False
        text = '' if value is None else value if isinstance(value, str) else str(value)
        out = []
        for c in text:
            if (c == d.delimiter or c == d.escapechar or c == d.quotechar
                    or c in d.lineterminator):
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
            out.append(c)
        text = ''.join(out)
        if quoted:
            text = d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        try:
            values = iter(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        fields = [self._field(value) for value in values]
        d = self.dialect
        if len(fields) == 1 and fields[0] == '':
            # A lone empty field is quoted, or the line would read as no fields.
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            fields = [d.quotechar * 2]
        return self._write(d.delimiter.join(fields) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    """An object whose writerow(s) write rows to csvfile as delimited lines."""
    return _Writer(csvfile, dialect, fmtparams)


class DictReader:
    """Reads rows as dicts keyed by fieldnames (by default the first row);
    extra values go in a list under restkey, missing ones are restval."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel',
                 *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows, their values in fieldnames order (restval for
    missing keys; extrasaction 'raise' refuses keys not in fieldnames)."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel',
                 *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong_fields = [k for k in rowdict if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


# Ways a quoted field can sit in a line, most telling first: between delimiters,
# opening a line, closing a line, alone on a line.
_QUOTED_FIELD_PATTERNS = (
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
)


def _most_common(counts):
    # The first key to reach the highest count wins a tie, as max() over a dict does.
    return max(counts, key=counts.get)


class Sniffer:
    """Guesses the dialect of a CSV sample and whether its first row is a header."""

    def __init__(self):
        # Among equally consistent candidates, the delimiter to choose.
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass describing sample; only characters in delimiters (a
        string) are considered as the delimiter when given."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._from_quotes(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._from_frequencies(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        # A sample without quotes says nothing of the quote character.
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _from_quotes(self, data, delimiters):
        """Quote character, doublequote, delimiter and skipinitialspace as read from
        the quoted fields of data; the delimiter is '' when they do not tell it."""
        import re
        for pattern in _QUOTED_FIELD_PATTERNS:
            regex = re.compile(pattern, re.DOTALL | re.MULTILINE)
            found = [m.groupdict() for m in regex.finditer(data)]
            if found:
                break
        else:
            return '', False, None, 0
        quotes, delims, spaced = {}, {}, 0
        for groups in found:
            if groups['quote']:
                quotes[groups['quote']] = quotes.get(groups['quote'], 0) + 1
            if 'delim' not in groups:
                continue
            d = groups['delim']
            if d and (delimiters is None or d in delimiters):
                delims[d] = delims.get(d, 0) + 1
            if groups['space']:
                spaced += 1
        quotechar = _most_common(quotes)
        if delims:
            delim = _most_common(delims)
            skipinitialspace = delims[delim] == spaced
            # A newline "delimiter" means the file has a single column.
            if delim == '\n':
                delim = ''
        else:
            delim, skipinitialspace = '', 0
        doubled = re.compile(
            r"((%(d)s)|^)\W*%(q)s[^%(d)s\n]*%(q)s[^%(d)s\n]*%(q)s\W*((%(d)s)|$)"
            % {'d': re.escape(delim), 'q': quotechar}, re.MULTILINE)
        return quotechar, bool(doubled.search(data)), delim, skipinitialspace

    def _from_frequencies(self, data, delimiters):
        """The delimiter as the character occurring the same number of times on
        most lines, read in chunks of ten lines until one stands out."""
        lines = [line for line in data.split('\n') if line]
        chunk = min(10, len(lines))
        # For each ASCII character: how many lines hold it 0, 1, 2... times.
        histograms = {chr(c): {} for c in range(127)}
        modes, candidates = {}, {}
        seen = 0
        while seen < len(lines):
            for line in lines[seen:seen + chunk]:
                for char, hist in histograms.items():
                    n = line.count(char)
                    hist[n] = hist.get(n, 0) + 1
            seen += chunk
            for char, hist in histograms.items():
                counts = list(hist.items())
                if len(counts) == 1 and counts[0][0] == 0:
                    continue
                top = max(counts, key=lambda item: item[1])
                # The usual count, weighed down by the lines that differ from it.
                modes[char] = (top[0], 2 * top[1] - sum(n for _, n in counts))
            total = float(min(seen, len(lines)))
            # Demand nearly full consistency first, relaxing it step by step.
            level = 1.0
            while not candidates and level >= 0.9:
                for char, (count, weight) in modes.items():
                    if (count > 0 and weight > 0 and weight / total >= level
                            and (delimiters is None or char in delimiters)):
                        candidates[char] = (count, weight)
                level -= 0.01
            if len(candidates) == 1:
                only = next(iter(candidates))
                return only, self._spaced_after(lines[0], only)
        if not candidates:
            return '', 0
        if len(candidates) > 1:
            for d in self.preferred:
                if d in candidates:
                    return d, self._spaced_after(lines[0], d)
        best = max((v, k) for k, v in candidates.items())[1]
        return best, self._spaced_after(lines[0], best)

    @staticmethod
    def _spaced_after(line, delim):
        return line.count(delim) == line.count(delim + ' ')

    def has_header(self, sample):
        """Whether the first row of sample looks like column names: in the columns
        whose later rows agree on a type (a number, or a fixed length), the first
        row's cell does not fit that type."""
        import io
        rows = reader(io.StringIO(sample), self.sniff(sample))
        header = next(rows)
        kinds = dict.fromkeys(range(len(header)))
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != len(header):
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kinds[col] is None:
                    kinds[col] = kind
                elif kinds[col] != kind:
                    del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if type(kind) is int:
                fits = len(header[col]) == kind
            else:
                try:
                    kind(header[col])
                    fits = True
                except (ValueError, TypeError):
                    fits = False
            votes += -1 if fits else 1
        return votes > 0
