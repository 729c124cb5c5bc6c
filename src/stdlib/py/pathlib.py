"""Object-oriented paths: PurePosixPath for the path arithmetic, and
PosixPath (what Path makes) adding the file-system operations."""

import fnmatch
import os
import posixpath

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath']


def _parse(parts):
    """The root ('/', '//' or '') and the components of the joined parts."""
    root = ''
    components = []
    for part in parts:
        if isinstance(part, PurePath):
            part = str(part)
        elif not isinstance(part, str):
            part = os.fspath(part)
            if not isinstance(part, str):
                raise TypeError('argument should be a str or an os.PathLike object '
                                "where __fspath__ returns a str, not '%s'"
                                % type(part).__name__)
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
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        self._str = None
        return self

    @classmethod
    def _make(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = list(parts)
        self._str = None
        return self

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + str(self)

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(str(self))

    def _compare(self, other):
        if not isinstance(other, PurePath):
            return None
        return self._key(), other._key()

    def __lt__(self, other):
        keys = self._compare(other)
        return NotImplemented if keys is None else keys[0] < keys[1]

    def __le__(self, other):
        keys = self._compare(other)
        return NotImplemented if keys is None else keys[0] <= keys[1]

    def __gt__(self, other):
        keys = self._compare(other)
        return NotImplemented if keys is None else keys[0] > keys[1]

    def __ge__(self, other):
        keys = self._compare(other)
        return NotImplemented if keys is None else keys[0] >= keys[1]

    def __truediv__(self, key):
        try:
            return self._from_parts((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts((key, self))
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return self._from_parts((self,) + args)

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
        return self.with_name(stem + self.suffix)

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
        base = self._from_parts(other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            formatted = str(base)
            raise ValueError('{!r} is not in the subpath of {!r}'
                             ' OR one path is relative and the other is absolute.'
                             .format(str(self), formatted))
        return self._make('', self._parts[n:])

    def match(self, path_pattern):
        """Whether the path ends with (or, for an absolute pattern, is) the pattern."""
        pattern = self._from_parts((path_pattern,))
        if not pattern._parts and not pattern._root:
            raise ValueError('empty pattern')
        if pattern._root:
            if pattern._root != self._root or len(pattern._parts) != len(self._parts):
                return False
        elif len(pattern._parts) > len(self._parts):
            return False
        for part, pat in zip(reversed(self._parts), reversed(pattern._parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    __slots__ = ()


class Path(PurePath):
    """A path with the file-system operations: tests, reading and writing,
    listing, globbing, making and removing."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

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
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        with self.open('wb') as f:
            return f.write(bytes(data))

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make(self._root, self._parts + [name])

    def _child(self, relative):
        return self._from_parts((self, relative)) if relative else self

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
        return self._from_parts((os.getcwd(), self))

    def resolve(self, strict=False):
        if strict:
            os.stat(self)
        return self._from_parts((os.path.realpath(self),))

    def expanduser(self):
        return self._from_parts((os.path.expanduser(str(self)),))

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

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
        return self.__class__(target)

    def replace(self, target):
        os.replace(self, target)
        return self.__class__(target)

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def readlink(self):
        return self.__class__(os.readlink(self))


class PosixPath(Path, PurePosixPath):
    __slots__ = ()
