"""Locale services over the C library's locale (the Rust module _locale):
setlocale, localeconv, and the number formatting and parsing that follow the
current LC_NUMERIC and LC_MONETARY conventions."""

import re
from _locale import *
from _locale import setlocale as _setlocale, localeconv, getencoding, _utf8_mode

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error',
           'setlocale', 'localeconv', 'strcoll', 'strxfrm', 'str', 'atof', 'atoi',
           'format_string', 'currency', 'normalize', 'LC_CTYPE', 'LC_COLLATE',
           'LC_TIME', 'LC_MONETARY', 'LC_NUMERIC', 'LC_ALL', 'CHAR_MAX',
           'getencoding', 'delocalize', 'localize']

_builtin_str = str


class Error(Exception):
    pass


def setlocale(category, locale=None):
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    result = _setlocale(category, locale)
    if result is None:
        raise Error('unsupported locale setting')
    return result


def strcoll(a, b):
    # Only the C and UTF-8 C locales exist here, which collate by code point.
    return (a > b) - (a < b)


def strxfrm(s):
    return s


# ---- locale names -------------------------------------------------------------

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
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if '@' in code:
        code, modifier = code.split('@', 1)
    else:
        modifier = ''
    if '.' in code:
        langname, encoding = code.split('.')[:2]
    else:
        langname, encoding = code, ''
    norm_encoding = encoding.replace('-', '').replace('_', '')
    key = langname + ('.' + norm_encoding if norm_encoding else '')
    if key in _locale_alias:
        result = _locale_alias[key]
    elif langname in _locale_alias and not encoding:
        result = _locale_alias[langname]
    elif '_' in langname:
        lang, _, territory = langname.partition('_')
        name = lang + '_' + territory.upper()
        if norm_encoding:
            result = name + '.' + _encoding_names.get(norm_encoding, encoding)
        else:
            result = name + '.ISO8859-1'
    else:
        return localename
    if modifier:
        result += '@' + modifier
    return result


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def getlocale(category=LC_CTYPE):
    localename = _setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import os
    import warnings
    warnings.warn("Use setlocale(), getencoding() and getlocale() instead",
                  DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = os.environ.get(variable)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def getpreferredencoding(do_setlocale=True):
    if _utf8_mode():
        return 'utf-8'
    return getencoding()


# ---- numbers ------------------------------------------------------------------

def _grouping_intervals(grouping):
    last_interval = None
    for interval in grouping:
        if interval == CHAR_MAX:
            return
        if interval == 0:
            if last_interval is None:
                raise ValueError("invalid grouping")
            while True:
                yield last_interval
        yield interval
        last_interval = interval


def _group(s, monetary=False):
    conv = localeconv()
    thousands_sep = conv['mon_thousands_sep' if monetary else 'thousands_sep']
    grouping = conv['mon_grouping' if monetary else 'grouping']
    if not grouping:
        return (s, 0)
    if s[-1] == ' ':
        stripped = s.rstrip()
        right_spaces = s[len(stripped):]
        s = stripped
    else:
        right_spaces = ''
    left_spaces = ''
    groups = []
    for interval in _grouping_intervals(grouping):
        if not s or s[-1] not in "0123456789":
            left_spaces = s
            s = ''
            break
        groups.append(s[-interval:])
        s = s[:-interval]
    if s:
        groups.append(s)
    groups.reverse()
    return (left_spaces + thousands_sep.join(groups) + right_spaces,
            len(thousands_sep) * (len(groups) - 1))


def _strip_padding(s, amount):
    lpos = 0
    while amount and s[lpos] == ' ':
        lpos += 1
        amount -= 1
    rpos = len(s) - 1
    while amount and s[rpos] == ' ':
        rpos -= 1
        amount -= 1
    return s[lpos:rpos + 1]


_percent_re = re.compile(r'%(?:\((?P<key>.*?)\))?'
                         r'(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        formatted = percent % ((value,) + additional)
    else:
        formatted = percent % value
    if percent[-1] in 'eEfFgGdiu':
        formatted = _localize(formatted, grouping, monetary)
    return formatted


def _localize(formatted, grouping=False, monetary=False):
    if '.' in formatted:
        seps = 0
        parts = formatted.split('.')
        if grouping:
            parts[0], seps = _group(parts[0], monetary=monetary)
        decimal_point = localeconv()['mon_decimal_point' if monetary else 'decimal_point']
        formatted = decimal_point.join(parts)
        if seps:
            formatted = _strip_padding(formatted, seps)
    else:
        seps = 0
        if grouping:
            formatted, seps = _group(formatted, monetary=monetary)
        if seps:
            formatted = _strip_padding(formatted, seps)
    return formatted


def format_string(f, val, grouping=False, monetary=False):
    percents = list(_percent_re.finditer(f))
    new_f = _percent_re.sub('%s', f)
    new_val = []
    if hasattr(val, 'keys') and not isinstance(val, tuple):
        # Each `%(key)...` formats against the whole mapping.
        for perc in percents:
            if perc.group()[-1] == '%':
                new_val.append('%')
            else:
                new_val.append(_format(perc.group(), val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        i = 0
        for perc in percents:
            if perc.group()[-1] == '%':
                new_val.append('%')
            else:
                starcount = perc.group('modifiers').count('*')
                new_val.append(_format(perc.group(), val[i], grouping, monetary,
                                       *val[i + 1:i + 1 + starcount]))
                i += 1 + starcount
    return new_f % tuple(new_val)


def format(percent, value, grouping=False, monetary=False, *additional):
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.",
                  DeprecationWarning, stacklevel=2)
    match = _percent_re.match(percent)
    if not match or len(match.group()) != len(percent):
        raise ValueError(("format() must be given exactly one %%char "
                          "format specifier, %s not valid") % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == 127:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")
    s = _localize(f'{abs(val):.{digits}f}', grouping, monetary=True)
    s = '<' + s + '>'
    if symbol:
        smb = conv['int_curr_symbol' if international else 'currency_symbol']
        precedes = conv[val < 0 and 'n_cs_precedes' or 'p_cs_precedes']
        separated = conv[val < 0 and 'n_sep_by_space' or 'p_sep_by_space']
        if precedes:
            s = smb + (separated and ' ' or '') + s
        else:
            if international and smb[-1] == ' ':
                smb = smb[:3]
            s = s + (separated and ' ' or '') + smb
    sign_pos = conv[val < 0 and 'n_sign_posn' or 'p_sign_posn']
    sign = conv[val < 0 and 'negative_sign' or 'positive_sign']
    if sign_pos == 0:
        s = '(' + s + ')'
    elif sign_pos == 1:
        s = sign + s
    elif sign_pos == 2:
        s = s + sign
    elif sign_pos == 3:
        s = s.replace('<', sign)
    elif sign_pos == 4:
        s = s.replace('>', sign)
    else:
        s = sign + s
    return s.replace('<', '').replace('>', '')


def str(val):
    return _format("%.12g", val)


def delocalize(string):
    conv = localeconv()
    ts = conv['thousands_sep']
    if ts:
        string = string.replace(ts, '')
    dd = conv['decimal_point']
    if dd:
        string = string.replace(dd, '.')
    return string


def localize(string, grouping=False, monetary=False):
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))
