"""Object-oriented paths: PurePosixPath for the path arithmetic, and
PosixPath (what Path makes) adding the file-system operations."""

import fnmatch
import operator
import os
import warnings

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath']


def _parse(parts):
    """The root ('/', '//' or '') and the components of the joined parts."""
    root = ''
    components = []
    for part in parts:
        if isinstance(part, PurePath):
            part = str(part)
        else:
            part = os.fspath(part)
            if not isinstance(part, str):
                raise TypeError('argument should be a str object or an os.PathLike object '
                                f'returning str, not {type(part)!r}')
        if part.startswith('/'):
            # Two leading slashes mean something else on some systems; kept, as POSIX says.
            root = '//' if part.startswith('//') and not part.startswith('///') else '/'
            components = []
        components.extend(c for c in part.split('/') if c and c != '.')
    return root, components


class PurePath:
    """A path as a string with structure: parts, name, suffix, parent,
    joining with /; no file-system access."""

    __slots__ = ('_root', '_parts', '_str')

    def __new__(cls, *args):
        return (PurePosixPath if cls is PurePath else cls)._parsed(args)

    @classmethod
    def _parsed(cls, pieces):
        """A path of this class joining pieces (str, PathLike or paths)."""
        return cls._make(*_parse(pieces))

    @classmethod
    def _make(cls, root, parts):
        path = object.__new__(cls)
        path._root = root
        path._parts = list(parts)
        path._str = None
        return path

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return f'{type(self).__name__}({self.as_posix()!r})'

    def as_uri(self):
        if not self._root:
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + str(self)

    def _key(self):
        return (self._root, self._parts)

    def _comparison(test):
        """A rich comparison of two paths by root, then component by component."""
        def compare(self, other):
            if isinstance(other, PurePath):
                return test(self._key(), other._key())
            return NotImplemented
        return compare

    __eq__ = _comparison(operator.eq)
    __lt__ = _comparison(operator.lt)
    __le__ = _comparison(operator.le)
    __gt__ = _comparison(operator.gt)
    __ge__ = _comparison(operator.ge)
    del _comparison

    def __hash__(self):
        return hash(str(self))

    def _joined(self, pieces):
        try:
            return self._parsed(pieces)
        except TypeError:
            return NotImplemented

    def __truediv__(self, key):
        return self._joined((self, key))

    def __rtruediv__(self, key):
        return self._joined((key, self))

    def joinpath(self, *args):
        return self._parsed((self, *args))

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._make(self._root, self._parts[:-1])

    @property
    def parents(self):
        return tuple(self._make(self._root, self._parts[:i])
                     for i in range(len(self._parts) - 1, -1, -1))

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._make(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(f'{stem}{self.suffix}')

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and (not suffix.startswith('.') or suffix == '.'):
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._make(self._root, self._parts[:-1] + [name])

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def relative_to(self, *other):
        """This path relative to other, which must be a prefix of it."""
        if not other:
            raise TypeError('need at least one argument')
        base = self._parsed(other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            formatted = str(base)
            raise ValueError('{!r} is not in the subpath of {!r}'
                             ' OR one path is relative and the other is absolute.'
                             .format(str(self), formatted))
        return self._make('', self._parts[n:])

    def match(self, path_pattern):
        """Whether the path ends with (or, for an absolute pattern, is) the pattern."""
        pattern = self._parsed((path_pattern,))
        if not pattern._parts and not pattern._root:
            raise ValueError('empty pattern')
        if pattern._root:
            if pattern._root != self._root or len(pattern._parts) != len(self._parts):
                return False
        elif len(pattern._parts) > len(self._parts):
            return False
        tail = self._parts[len(self._parts) - len(pattern._parts):]
        return all(map(fnmatch.fnmatchcase, tail, pattern._parts))


class PurePosixPath(PurePath):
    __slots__ = ()


class Path(PurePath):
    """A path with the file-system operations: tests, reading and writing,
    listing, globbing, making and removing."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        return (PosixPath if cls is Path else cls)._parsed(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def __enter__(self):
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled for removal in "
                      "Python 3.13; Path objects as a context manager is a no-op",
                      DeprecationWarning, 2)
        return self

    def __exit__(self, *exc_info):
        pass

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def _mode(self, follow_symlinks=True):
        try:
            return os.stat(self, follow_symlinks=follow_symlinks).st_mode
        except (OSError, ValueError):
            return 0

    def exists(self):
        return self._mode() != 0

    def is_dir(self):
        return self._mode() & 0o170000 == 0o040000

    def is_file(self):
        return self._mode() & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f'data must be str, not {type(data).__name__}')
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        with self.open('wb') as f:
            return f.write(bytes(data))

    def iterdir(self):
        names = os.listdir(self)
        return (self._make(self._root, [*self._parts, name]) for name in names)

    def _child(self, relative):
        return self._parsed((self, relative)) if relative else self

    def glob(self, pattern):
        """The paths under this directory matching pattern ('**' for any depth)."""
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        if pattern.startswith('/'):
            raise NotImplementedError('Non-relative patterns are unsupported')
        import glob as _glob
        for relative in _glob.iglob(pattern, root_dir=str(self), recursive=True,
                                    include_hidden=True):
            yield self._child(relative)

    def rglob(self, pattern):
        return self.glob('**/' + pattern)

    def absolute(self):
        if self.is_absolute():
            return self
        return self._parsed((os.getcwd(), self))

    def resolve(self, strict=False):
        if strict:
            os.stat(self)
        return self._parsed((os.path.realpath(self),))

    def expanduser(self):
        return self._parsed((os.path.expanduser(str(self)),))

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
            return
        except FileNotFoundError:
            # The parent is missing: make it first when asked to, then retry.
            top = self.parent == self
            if top or not parents:
                raise
        except OSError:
            if exist_ok and self.is_dir():
                return
            raise
        self.parent.mkdir(parents=True, exist_ok=True)
        self.mkdir(mode, exist_ok=exist_ok)

    def rmdir(self):
        os.rmdir(self)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        with open(self, 'a'):
            pass

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def readlink(self):
        return type(self)(os.readlink(self))


class PosixPath(Path, PurePosixPath):
    __slots__ = ()
