"""Reading and writing CSV files: reader and writer (with the quoting
rules of dialects such as excel), DictReader and DictWriter, and the
dialect registry."""

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error',
           'Dialect', 'excel', 'excel_tab', 'unix_dialect', 'field_size_limit', 'reader',
           'writer', 'register_dialect', 'get_dialect', 'list_dialects',
           'unregister_dialect', 'DictReader', 'DictWriter', '__version__']

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
