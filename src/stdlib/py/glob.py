"""Paths matching shell patterns: glob() and iglob(), with '**' matching
any number of directories when recursive."""

import fnmatch
import os
import re

__all__ = ['glob', 'iglob', 'escape', 'has_magic']

_magic = re.compile('([*?[])')


def has_magic(s):
    return _magic.search(s) is not None


def escape(pathname):
    """pathname with its wildcard characters made literal."""
    drive, path = os.path.splitdrive(pathname)
    return drive + _magic.sub(r'[\1]', path)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths matching pathname, in directory listing order."""
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    if not pathname:
        return iter(())
    results = _glob(pathname, root_dir, recursive, include_hidden, False)
    # A leading '**' also matches no directory at all: the empty path is not a result.
    if recursive and pathname[:2] == '**' and results and results[0] == '':
        del results[0]
    return iter(results)


def _join(root_dir, path):
    if root_dir is None:
        return path or os.curdir
    return os.path.join(root_dir, path)


def _glob(pathname, root_dir, recursive, hidden, dironly):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            return [pathname] if os.path.lexists(_join(root_dir, pathname)) else []
        return [pathname] if os.path.isdir(_join(root_dir, dirname)) else []
    if not dirname:
        if recursive and basename == '**':
            return list(_glob2(root_dir, '', basename, hidden, dironly))
        return _glob1(root_dir, '', basename, hidden, dironly)
    if dirname != pathname and has_magic(dirname):
        dirs = _glob(dirname, root_dir, recursive, hidden, True)
    else:
        dirs = [dirname]
    if recursive and basename == '**':
        in_dir = _glob2
    elif has_magic(basename):
        in_dir = _glob1
    else:
        in_dir = _glob0
    return [os.path.join(d, name) for d in dirs
            for name in in_dir(root_dir, d, basename, hidden, dironly)]


def _listdir(root_dir, dirname, dironly):
    try:
        with os.scandir(_join(root_dir, dirname)) as entries:
            return [e.name for e in entries if not dironly or e.is_dir()]
    except OSError:
        return []


def _glob0(root_dir, dirname, basename, hidden, dironly):
    if not basename:
        return [basename] if os.path.isdir(_join(root_dir, dirname)) else []
    return [basename] if os.path.lexists(_join(root_dir, os.path.join(dirname, basename))) \
        else []


def _glob1(root_dir, dirname, pattern, hidden, dironly):
    names = _listdir(root_dir, dirname, dironly)
    if not (hidden or pattern.startswith('.')):
        names = [n for n in names if not n.startswith('.')]
    return fnmatch.filter(names, pattern)


def _glob2(root_dir, dirname, pattern, hidden, dironly):
    yield ''
    yield from _rlistdir(root_dir, dirname, hidden, dironly)


def _rlistdir(root_dir, dirname, hidden, dironly):
    for name in _listdir(root_dir, dirname, dironly):
        if hidden or not name.startswith('.'):
            yield name
            path = os.path.join(dirname, name) if dirname else name
            for sub in _rlistdir(root_dir, path, hidden, dironly):
                yield os.path.join(name, sub)
