"""os.path with POSIX rules: the string operations and file tests of the
Rust module _posixpath, and those written here."""

import posix as _posix
from _posixpath import (abspath, basename, dirname, exists, getsize, isabs, isdir, isfile,
                        join, normpath, realpath, split, splitext)

__all__ = ['abspath', 'basename', 'commonpath', 'commonprefix', 'dirname', 'exists',
           'expanduser', 'expandvars', 'getatime', 'getctime', 'getmtime', 'getsize',
           'isabs', 'isdir', 'isfile', 'islink', 'join', 'lexists', 'normcase', 'normpath',
           'realpath', 'relpath', 'samefile', 'sep', 'split', 'splitdrive', 'splitext',
           'curdir', 'pardir', 'extsep', 'altsep', 'pathsep', 'defpath', 'devnull']

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'


def _fspath(path):
    if isinstance(path, str):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not %s'
                        % type(path).__name__)
    return method(path)


def normcase(s):
    return _fspath(s)


def splitdrive(p):
    return p[:0], p


def _stat(path, follow_symlinks=True):
    return _posix._stat(path, follow_symlinks)


def getmtime(filename):
    return _stat(filename)[8]


def getatime(filename):
    return _stat(filename)[7]


def getctime(filename):
    return _stat(filename)[9]


def islink(path):
    try:
        mode = _stat(path, False)[0]
    except (OSError, ValueError):
        return False
    return mode & 0o170000 == 0o120000


def lexists(path):
    try:
        _stat(path, False)
    except (OSError, ValueError):
        return False
    return True


def samefile(f1, f2):
    s1, s2 = _stat(f1), _stat(f2)
    return s1[1] == s2[1] and s1[2] == s2[2]


def expanduser(path):
    """Replaces a leading ~ (the home directory, from $HOME) of path."""
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = _posix.environ.get('HOME')
    if home is None:
        return path
    home = home.rstrip('/')
    return (home + path[i:]) or '/'


def expandvars(path):
    """Replaces $name and ${name} of environment variables set in path."""
    path = _fspath(path)
    if '$' not in path:
        return path
    import re

    def value(m):
        name = m.group(1)
        if name.startswith('{') and name.endswith('}'):
            name = name[1:-1]
        return _posix.environ.get(name, m.group(0))
    return re.sub(r'\$(\w+|\{[^}]*\})', value, path)


def commonprefix(m):
    """The longest string that starts every item of m (character by character)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest path that contains every path given (all absolute or all relative)."""
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    split_paths = [path.split(sep) for path in paths]
    try:
        isabs_, = set(p[:1] == sep for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs_ else sep[:0]
    return prefix + sep.join(common)


def relpath(path, start=None):
    """path relative to start (the current directory by default)."""
    if not path:
        raise ValueError('no path specified')
    path = _fspath(path)
    start = curdir if start is None else _fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)
