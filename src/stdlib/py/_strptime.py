"""`_strptime`: parsing dates and times by format for `datetime.strptime` and
`time.strptime`, as CPython's module of the name does (tracebacks show its lines)."""

import re
from datetime import (_DAY_NAMES, _DAYS, _MONTH_NAMES, _MONTHS, _ord_to_ymd, _ymd_to_ord,
                      timedelta, timezone)

_STRPTIME_FIELDS = {
    'Y': r'(?P<Y>\d\d\d\d)', 'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])', 'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])', 'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)', 'f': r'(?P<f>[0-9]{1,6})', 'y': r'(?P<y>\d\d)',
    'p': r'(?P<p>am|pm)', 'b': r'(?P<b>%s)' % '|'.join(_MONTH_NAMES + _MONTHS),
    'a': r'(?P<a>%s)' % '|'.join(_DAY_NAMES + _DAYS), 'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))', '%': '%',
}
_STRPTIME_FIELDS['B'] = _STRPTIME_FIELDS['b'].replace('P<b>', 'P<B>')
_STRPTIME_FIELDS['A'] = _STRPTIME_FIELDS['a'].replace('P<a>', 'P<A>')


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)  # CPython: _strptime.py:568
    return cls(*tt)


def _strptime(string, fmt="%a %b %d %H:%M:%S %Y"):
    if not isinstance(string, str):
        raise TypeError('strptime() argument 1 must be str, not %s' % type(string).__name__)
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 2 must be str, not %s' % type(fmt).__name__)
    parts = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == '%' and i + 1 < len(fmt):
            d = fmt[i + 1]
            if d not in _STRPTIME_FIELDS:
                raise ValueError("'%s' is a bad directive in format '%s'" %  # CPython: _strptime.py:341
                                    (d, fmt)) from None
            parts.append(_STRPTIME_FIELDS[d])
            i += 2
        elif c.isspace():
            parts.append(r'\s+')
            i += 1
        else:
            parts.append(re.escape(c))
            i += 1
    found = re.match('(?i)' + ''.join(parts), string)
    if found is None:
        raise ValueError("time data %r does not match format %r" %  # CPython: _strptime.py:349
                         (string, fmt))
    if len(string) != found.end():
        raise ValueError("unconverted data remains: %s" %  # CPython: _strptime.py:352
                          string[found.end():])
    g = found.groupdict()
    year = int(g['Y']) if g.get('Y') else 1900
    if g.get('y'):
        year = int(g['y'])
        year += 2000 if year <= 68 else 1900
    month = 1
    for key in ('b', 'B'):
        if g.get(key):
            name = g[key].lower()
            month = [n.lower() for n in _MONTH_NAMES + _MONTHS].index(name) % 12 + 1
    if g.get('m'):
        month = int(g['m'])
    day = int(g['d']) if g.get('d') else 1
    hour = int(g['H']) if g.get('H') else 0
    if g.get('I'):
        hour = int(g['I']) % 12
        if (g.get('p') or '').lower() == 'pm':
            hour += 12
    minute = int(g['M']) if g.get('M') else 0
    second = int(g['S']) if g.get('S') else 0
    us = int((g['f'] + '000000')[:6]) if g.get('f') else 0
    tz = None
    if g.get('z'):
        z = g['z']
        if z.upper() == 'Z':
            tz = timezone.utc
        else:
            digits = z[1:].replace(':', '')
            off = timedelta(hours=int(digits[:2]), minutes=int(digits[2:4]))
            tz = timezone(off if z[0] == '+' else -off)
    if g.get('j') and not g.get('m') and not g.get('d'):
        y, month, day = _ord_to_ymd(_ymd_to_ord(year, 1, 1) + int(g['j']) - 1)
    return (year, month, day, hour, minute, second, us, tz), us, None
