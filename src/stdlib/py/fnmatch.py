"""Shell-style wildcards: '*' matches anything, '?' one character,
'[seq]' one character of seq and '[!seq]' one not in it."""

import posixpath
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_compiled = {}


def _compile(pat):
    regex = _compiled.get(pat)
    if regex is None:
        regex = _compiled[pat] = re.compile(_regex(pat) + '\\Z', re.DOTALL)
    return regex


def fnmatch(name, pat):
    """Whether name matches pat (case is kept on POSIX, as fnmatchcase)."""
    return fnmatchcase(posixpath.normcase(name), posixpath.normcase(pat))


def fnmatchcase(name, pat):
    return _compile(pat).match(name) is not None


def filter(names, pat):
    """The names that match pat."""
    match = _compile(posixpath.normcase(pat)).match
    return [name for name in names if match(posixpath.normcase(name))]


def translate(pat):
    """A regular expression matching what the shell pattern pat matches."""
    return '(?s:%s)\\Z' % _regex(pat)


def _regex(pat):
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] != '.*':
                out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
                continue
            stuff = pat[i:j].replace('\\', '\\\\')
            i = j + 1
            if not stuff:
                out.append('(?!)')
            elif stuff == '!':
                out.append('.')
            else:
                if stuff[0] == '!':
                    stuff = '^' + stuff[1:]
                elif stuff[0] in ('^', '['):
                    stuff = '\\' + stuff
                out.append('[%s]' % stuff)
        else:
            out.append(re.escape(c))
    return ''.join(out)
