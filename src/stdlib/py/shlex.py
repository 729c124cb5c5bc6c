"""Shell-like splitting and quoting (POSIX rules): `split`, `quote` and `join`."""

import re as _re

__all__ = ['split', 'quote', 'join']

_WHITESPACE = ' \t\r\n'
# Inside double quotes a backslash escapes only these.
_DQ_ESCAPABLE = '\\"'


def split(s, comments=False, posix=True):
    if s is None:
        raise ValueError('s argument must not be None')
    if not posix:
        raise NotImplementedError('shlex.split: only POSIX mode is supported')
    words = []
    word = None
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        i += 1
        if c in _WHITESPACE:
            if word is not None:
                words.append(word)
                word = None
        elif c == '#' and comments:
            if word is not None:
                words.append(word)
                word = None
            while i < n and s[i] != '\n':
                i += 1
        elif c == '\\':
            if i >= n:
                raise ValueError('No escaped character')
            word = (word or '') + s[i]
            i += 1
        elif c == "'":
            end = s.find("'", i)
            if end < 0:
                raise ValueError('No closing quotation')
            word = (word or '') + s[i:end]
            i = end + 1
        elif c == '"':
            part = []
            while True:
                if i >= n:
                    raise ValueError('No closing quotation')
                c = s[i]
                i += 1
                if c == '"':
                    break
                if c == '\\':
                    if i >= n:
                        raise ValueError('No escaped character')
                    if s[i] in _DQ_ESCAPABLE:
                        c = s[i]
                        i += 1
                part.append(c)
            word = (word or '') + ''.join(part)
        else:
            word = (word or '') + c
    if word is not None:
        words.append(word)
    return words


_find_unsafe = _re.compile(r'[^A-Za-z0-9_@%+=:,./-]').search


def quote(s):
    """A shell-escaped version of `s`."""
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    return ' '.join(quote(arg) for arg in split_command)
