"""Temporary files and directories with unpredictable names:
TemporaryDirectory, NamedTemporaryFile, TemporaryFile, mkdtemp and
gettempdir. (mkstemp, which returns a file descriptor, is missing: gilpy
has no file descriptors.)"""

import os
import random as _random
import shutil as _shutil

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'TemporaryDirectory', 'mkdtemp',
           'mktemp', 'gettempdir', 'gettempprefix', 'tempdir', 'template', 'TMP_MAX']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_rng = _random.Random()


def _random_name():
    return ''.join(_rng.choice(_CHARACTERS) for _ in range(8))


def gettempprefix():
    return template


def gettempdir():
    """The directory for temporary files: $TMPDIR, $TEMP or $TMP if set, else /tmp."""
    global tempdir
    if tempdir is None:
        for name in ('TMPDIR', 'TEMP', 'TMP'):
            candidate = os.environ.get(name)
            if candidate and os.path.isdir(candidate):
                tempdir = os.path.abspath(candidate)
                break
        else:
            tempdir = '/tmp'
    return tempdir


def _names(suffix, prefix, dir):
    suffix = '' if suffix is None else suffix
    prefix = template if prefix is None else prefix
    dir = gettempdir() if dir is None else os.fspath(dir)
    for _ in range(TMP_MAX):
        yield os.path.join(dir, prefix + _random_name() + suffix)
    raise FileExistsError(17, 'No usable temporary file name found')


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Makes a new directory only the user can use; returns its path."""
    for path in _names(suffix, prefix, dir):
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(path)


def _create(suffix, prefix, dir, mode):
    for path in _names(suffix, prefix, dir):
        try:
            f = open(path, mode.replace('w', 'x').replace('+x', 'x+'))
        except FileExistsError:
            continue
        os.chmod(path, 0o600)
        return path, f


def mktemp(suffix='', prefix=template, dir=None):
    """A name no file has yet (unsafe: another may take it first)."""
    for path in _names(suffix, prefix, dir):
        if not os.path.lexists(path):
            return path


class _TemporaryFileWrapper:
    """A named temporary file: the file's methods and attributes, and .name;
    closing it (or leaving its with block) deletes it when delete is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object>'


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name, deleted when closed (if delete)."""
    path, f = _create(suffix, prefix, dir, mode)
    if encoding is not None or newline is not None:
        f.close()
        f = open(path, mode.replace('w', 'r+').replace('++', '+'), encoding=encoding,
                 newline=newline)
    return _TemporaryFileWrapper(f, os.path.abspath(path), delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """An anonymous temporary file: its name is removed at once."""
    wrapper = NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir,
                                 delete=False)
    os.unlink(wrapper.name)
    return wrapper.file


class TemporaryDirectory:
    """A temporary directory, removed with its contents by cleanup() or at
    the end of the with block (which gives its name)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._done and os.path.lexists(self.name):
            self._done = True
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
