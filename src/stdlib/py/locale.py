"""Locale services over the C library's locale (the Rust module _locale):
setlocale, localeconv, and number formatting and parsing by the current LC_NUMERIC
and LC_MONETARY conventions. Only the C locales exist here."""

import re
from _locale import (CHAR_MAX, LC_ALL, LC_COLLATE, LC_CTYPE, LC_MESSAGES, LC_MONETARY,
                     LC_NUMERIC, LC_TIME, getencoding, localeconv, _utf8_mode)
from _locale import setlocale as _setlocale

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error',
           'setlocale', 'resetlocale', 'localeconv', 'strcoll', 'strxfrm',
           'str', 'atof', 'atoi', 'format', 'format_string', 'currency',
           'normalize', 'LC_CTYPE', 'LC_COLLATE', 'LC_TIME', 'LC_MONETARY',
           'LC_NUMERIC', 'LC_ALL', 'CHAR_MAX', 'getencoding', 'LC_MESSAGES']

# `str` below is locale.str; this is the type.
_builtin_str = str


class Error(Exception):
    pass


def setlocale(category, locale=None):
    """Sets the locale of `category` (a name, or a (language, encoding) pair) and
    returns its name; with no locale, only returns the current one."""
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    name = _setlocale(category, locale)
    if name is None:
        raise Error('unsupported locale setting')
    return name


def strcoll(a, b):
    # The C locales collate by code point.
    return (a > b) - (a < b)


def strxfrm(s):
    return s


# ---- locale names ---------------------------------------------------------------------

# CPython's alias table, for the names this machine's C library knows.
_locale_alias = {
    'c': 'C',
    'posix': 'C',
    'c.ascii': 'C',
    'c.en': 'C',
    'c.iso88591': 'en_US.ISO8859-1',
    'c.utf8': 'en_US.UTF-8',
    'en': 'en_US.ISO8859-1',
    'ja_jp': 'ja_JP.eucJP',
    'ko_kr': 'ko_KR.eucKR',
    'zh_cn': 'zh_CN.gb2312',
    'zh_tw': 'zh_TW.big5',
}

_encoding_names = {'utf8': 'UTF-8', 'utf': 'UTF-8', 'latin1': 'ISO8859-1',
                   'iso88591': 'ISO8859-1', 'iso885915': 'ISO8859-15',
                   'ascii': 'ISO8859-1', 'eucjp': 'eucJP'}


def normalize(localename):
    """The locale name setlocale understands for `localename`: aliases resolved, the
    territory upper-cased and the encoding spelled as the C library spells it."""
    name, _, modifier = localename.lower().replace(':', '.').partition('@')
    language, encoding = (name.split('.') + [''])[:2]
    compact = encoding.replace('-', '').replace('_', '')
    key = f'{language}.{compact}' if compact else language
    if key in _locale_alias:
        found = _locale_alias[key]
    elif not encoding and language in _locale_alias:
        found = _locale_alias[language]
    elif '_' in language:
        lang, _, territory = language.partition('_')
        charset = _encoding_names.get(compact, encoding) if compact else 'ISO8859-1'
        found = f'{lang}_{territory.upper()}.{charset}'
    else:
        return localename
    return f'{found}@{modifier}' if modifier else found


def _parse_localename(localename):
    """(language, encoding) of a locale name; (None, None) for the C locale."""
    name, _, modifier = normalize(localename).partition('@')
    if modifier == 'euro' and '.' not in name:
        return name, 'iso-8859-15'
    if '.' in name:
        return tuple(name.split('.')[:2])
    known = {'C': (None, None), 'UTF-8': (None, 'UTF-8')}
    if name in known:
        return known[name]
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    """The locale name of a (language, encoding) pair."""
    try:
        language, encoding = localetuple
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None
    language = 'C' if language is None else language
    return language if encoding is None else f'{language}.{encoding}'


def getlocale(category=LC_CTYPE):
    """The (language, encoding) of `category`'s current locale."""
    name = _setlocale(category)
    if category == LC_ALL and ';' in name:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(name)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """The (language, encoding) named by the first of `envvars` that is set."""
    import os
    import warnings
    warnings.warn("Use setlocale(), getencoding() and getlocale() instead",
                  DeprecationWarning, stacklevel=2)
    name = 'C'
    for variable in envvars:
        value = os.environ.get(variable)
        if value:
            # LANGUAGE lists several locales, the preferred first.
            name = value.split(':')[0] if variable == 'LANGUAGE' else value
            break
    return _parse_localename(name)


def resetlocale(category=LC_ALL):
    """Sets `category` to the locale the environment names."""
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead',
                  DeprecationWarning, stacklevel=2)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', category=DeprecationWarning)
        default = getdefaultlocale()
    _setlocale(category, _build_localename(default))


def getpreferredencoding(do_setlocale=True):
    return 'utf-8' if _utf8_mode() else getencoding()


# ---- numbers ----------------------------------------------------------------------------

def _group_sizes(grouping):
    """The sizes of the digit groups, from the right, as localeconv's grouping lists
    them: 0 repeats the previous size forever, CHAR_MAX ends the grouping."""
    previous = None
    for size in grouping:
        if size == CHAR_MAX:
            return
        if size == 0:
            if previous is None:
                raise ValueError("invalid grouping")
            while True:
                yield previous
        yield size
        previous = size


def _group(digits, monetary=False):
    """Puts the thousands separator into an integer part (maybe padded with spaces);
    returns the text and the number of characters added."""
    conv = localeconv()
    prefix = 'mon_' if monetary else ''
    separator, grouping = conv[prefix + 'thousands_sep'], conv[prefix + 'grouping']
    if not grouping:
        return digits, 0
    body = digits.rstrip(' ')
    trailing = digits[len(body):]
    head = ''
    groups = []
    for size in _group_sizes(grouping):
        if not body or body[-1] not in '0123456789':
            # A sign or padding: kept in front, outside the groups.
            head, body = body, ''
            break
        body, group = body[:-size], body[-size:]
        groups.append(group)
    if body:
        groups.append(body)
    groups.reverse()
    return head + separator.join(groups) + trailing, len(separator) * (len(groups) - 1)


def _strip_padding(text, amount):
    """Takes up to `amount` padding spaces off the left of `text`, then the right."""
    start, end = 0, len(text)
    while amount and text[start] == ' ':
        start, amount = start + 1, amount - 1
    while amount and text[end - 1] == ' ':
        end, amount = end - 1, amount - 1
    return text[start:end]


def _localize(text, grouping=False, monetary=False):
    """A number formatted with '.' and no grouping, in the locale's conventions."""
    parts = text.split('.')
    added = 0
    if grouping:
        parts[0], added = _group(parts[0], monetary=monetary)
    if len(parts) > 1:
        point = localeconv()['mon_decimal_point' if monetary else 'decimal_point']
        text = point.join(parts)
    else:
        text = parts[0]
    # Separators make the text wider than a width given in the format: padding
    # makes up for them where there is some.
    return _strip_padding(text, added) if added else text


# One %-conversion: an optional (key), the flags, width and precision, and the type.
_percent_re = re.compile(r'%(?:\((?P<key>.*?)\))?'
                         r'(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def _format(percent, value, grouping=False, monetary=False, *additional):
    args = (value,) + additional if additional else value
    text = percent % args
    if percent[-1] in 'eEfFgGdiu':
        text = _localize(text, grouping, monetary)
    return text


def format_string(f, val, grouping=False, monetary=False):
    """`f % val` with numbers in the locale's conventions."""
    from collections.abc import Mapping
    template = _percent_re.sub('%s', f)
    pieces = []
    if isinstance(val, Mapping):
        # Each %(key) conversion formats against the whole mapping.
        for spec in _percent_re.finditer(f):
            text = spec.group()
            pieces.append('%' if text[-1] == '%' else
                          _format(text, val, grouping, monetary))
        return template % tuple(pieces)
    args = val if isinstance(val, tuple) else (val,)
    taken = 0
    for spec in _percent_re.finditer(f):
        text = spec.group()
        if text[-1] == '%':
            pieces.append('%')
            continue
        # A '*' width or precision takes an argument of its own, after the value.
        stars = spec.group('modifiers').count('*')
        value, extra = args[taken], args[taken + 1:taken + 1 + stars]
        pieces.append(_format(text, value, grouping, monetary, *extra))
        taken += 1 + stars
    return template % tuple(pieces)


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated: format_string for a single conversion."""
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.",
                  DeprecationWarning, stacklevel=2)
    whole = _percent_re.match(percent)
    if whole is None or whole.end() != len(percent):
        raise ValueError(("format() must be given exactly one %%char "
                          "format specifier, %s not valid") % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """An amount of money in the locale's conventions, with its symbol and sign."""
    conv = localeconv()
    places = conv['int_frac_digits' if international else 'frac_digits']
    if places == 127:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")
    side = 'n' if val < 0 else 'p'
    # '<' and '>' mark the ends of the amount, where some sign positions go.
    text = '<%s>' % _localize(f'{abs(val):.{places}f}', grouping, monetary=True)
    if symbol:
        mark = conv['int_curr_symbol' if international else 'currency_symbol']
        gap = ' ' if conv[side + '_sep_by_space'] else ''
        if conv[side + '_cs_precedes']:
            text = mark + gap + text
        else:
            if international and mark[-1] == ' ':
                mark = mark[:3]
            text = text + gap + mark
    sign = conv['negative_sign' if val < 0 else 'positive_sign']
    position = conv[side + '_sign_posn']
    if position == 0:
        text = f'({text})'
    elif position == 2:
        text += sign
    elif position == 3:
        text = text.replace('<', sign)
    elif position == 4:
        text = text.replace('>', sign)
    else:
        text = sign + text
    return text.replace('<', '').replace('>', '')


def str(val):
    """A float as str() would show it, in the locale's conventions."""
    return _format("%.12g", val)


def delocalize(string):
    """A number in the locale's conventions, with '.' and no grouping."""
    conv = localeconv()
    for local, plain in ((conv['thousands_sep'], ''), (conv['decimal_point'], '.')):
        if local:
            string = string.replace(local, plain)
    return string


def localize(string, grouping=False, monetary=False):
    """A number written with '.' and no grouping, in the locale's conventions."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))
