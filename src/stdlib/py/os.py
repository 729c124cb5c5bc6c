"""Operating system services: the system calls of the Rust module posix,
os.path (posixpath), and what is written over them here: stat results,
makedirs and removedirs, walk, scandir, fspath and PathLike."""

import abc as _abc
import sys
from collections.abc import MutableMapping as _MutableMapping

from posix import *
from posix import _stat, _uname, _fstat, _terminal_size
import posixpath as path

sep = path.sep
extsep = path.extsep
altsep = path.altsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4


class _Environ(_MutableMapping):
    """os.environ: the process environment as a mapping of str; assigning or
    deleting also changes the real environment (putenv/unsetenv), which
    getenv() and child processes see."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items())
        return f'environ({{{items}}})'

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]


environ = _Environ(environ)


def getenv(key, default=None):
    """The environment variable key, or default when it is not set."""
    return environ.get(key, default)


def fspath(path):
    """The str of a path: path itself, or what its __fspath__ returns."""
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(path).__name__)
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError('expected {}.__fspath__() to return str or bytes, not {}'
                    .format(type(path).__name__, type(result).__name__))


class PathLike(_abc.ABC):
    """An object with a file-system path: one defining __fspath__."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
                'st_atime', 'st_mtime', 'st_ctime')


class stat_result:
    """What stat() returns: the fields as attributes (times as float
    seconds), and as a 10-item sequence (times as int seconds)."""

    def __init__(self, fields):
        for name, value in zip(_STAT_FIELDS, fields):
            setattr(self, name, value)
        self._items = tuple(fields[:7]) + tuple(int(t) for t in fields[7:10])
        for name in _STAT_FIELDS[7:]:
            setattr(self, name + '_ns', int(getattr(self, name) * 1e9))

    def __getitem__(self, index):
        return self._items[index]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __eq__(self, other):
        if isinstance(other, stat_result):
            return self._items == other._items
        return self._items == other

    def __hash__(self):
        return hash(self._items)

    def __repr__(self):
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (name, value) for name, value in zip(_STAT_FIELDS, self._items))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_stat(path, False))


def fstat(fd):
    return stat_result(_fstat(fd))


def makedirs(name, mode=0o777, exist_ok=False):
    """Makes directory name and the missing directories above it."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Removes directory name, then the directories above it that became empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of a directory as scandir lists it."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % self.name

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            return lstat(self.path)
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    def __init__(self, directory):
        self._directory = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._names = iter(())


def scandir(path='.'):
    """An iterator over the DirEntry objects of the directory's entries."""
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """For each directory in the tree under top: (dirpath, dirnames,
    filenames), parents first (topdown) or last; changing dirnames in place
    when topdown prunes the walk."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs, nondirs, walk_into = [], [], []
    for entry in entries:
        if entry.is_dir():
            dirs.append(entry.name)
            if not topdown and (followlinks or not entry.is_symlink()):
                walk_into.append(entry.path)
        else:
            nondirs.append(entry.name)
    if topdown:
        yield top, dirs, nondirs
        for name in dirs:
            new_path = path.join(top, name)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_into:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def get_terminal_size(fd=1):
    return terminal_size(_terminal_size(fd))


class terminal_size(tuple):
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]!r}, lines={self[1]!r})'


class uname_result(tuple):
    _fields = ('sysname', 'nodename', 'release', 'version', 'machine')
    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        return 'posix.uname_result(%s)' % ', '.join(
            '%s=%r' % pair for pair in zip(self._fields, self))


def uname():
    return uname_result(_uname())


def getcwdb():
    return getcwd().encode()


# Wait statuses as system() gives them: the exit code in the second byte, or the number
# of the signal that ended the child in the low seven bits.
def WIFEXITED(status):
    return status & 0x7f == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    return status & 0x7f not in (0, 0x7f)


def WTERMSIG(status):
    return status & 0x7f


def waitstatus_to_exitcode(status):
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    raise ValueError('invalid wait status: %d' % status)


def _as_wait_status(returncode):
    """A `subprocess` return code turned back into the wait status it came from."""
    return -returncode if returncode < 0 else returncode << 8


def system(command):
    import subprocess
    return _as_wait_status(subprocess.call(command, shell=True))


class _wrap_close:
    """What popen() returns: the pipe to or from the shell running the command; close()
    waits for it and gives None for success, else its status (as CPython shifts it)."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        code = self._proc.wait()
        return None if code == 0 else code << 8

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode='r', buffering=-1):
    if not isinstance(cmd, str):
        raise TypeError('invalid cmd type (%s, expected string)' % type(cmd))
    if mode not in ('r', 'w'):
        raise ValueError('invalid mode %r' % mode)
    if buffering in (0, None):
        raise ValueError('popen() does not support unbuffered streams')
    import subprocess
    if mode == 'r':
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE,
                                bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE,
                            bufsize=buffering)
    return _wrap_close(proc.stdin, proc)
