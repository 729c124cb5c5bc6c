"""High-level file operations: copying files (with their permission bits and
times) and whole trees, moving, removing trees, and finding programs."""

import fnmatch
import os
import stat
import sys

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree',
           'move', 'rmtree', 'Error', 'SameFileError', 'ignore_patterns', 'which',
           'get_terminal_size']

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy everything readable from file object fsrc to fdst, length bytes at a time."""
    size = length or COPY_BUFSIZE
    while True:
        block = fsrc.read(size)
        if not block:
            return
        fdst.write(block)


def _is_same(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the bytes of src into dst (created or truncated); return dst."""
    if _is_same(src, dst):
        raise SameFileError(f'{src!r} and {dst!r} are the same file')
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
    else:
        with open(src, 'rb') as reader, open(dst, 'wb') as writer:
            copyfileobj(reader, writer)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits of src."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return  # Linux cannot change a link's own mode
    os.chmod(dst, stat.S_IMODE(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits and access/modification times of src."""
    links = not follow_symlinks and os.path.islink(src) and os.path.islink(dst)
    info = os.stat(src, follow_symlinks=not links)
    os.utime(dst, (info.st_atime, info.st_mtime), follow_symlinks=not links)
    if not links:
        os.chmod(dst, stat.S_IMODE(info.st_mode))


def _target(src, dst):
    """dst, or the entry named after src inside dst when dst is a directory."""
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def _copy_then(metadata, src, dst, follow):
    """copyfile() into dst (or into the directory dst), then metadata(); returns the new file."""
    new = _target(src, dst)
    copyfile(src, new, follow_symlinks=follow)
    metadata(src, new, follow_symlinks=follow)
    return new


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits of src to dst (a file or a directory)."""
    return _copy_then(copymode, src, dst, follow_symlinks)


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy(), also keeping the times of src."""
    return _copy_then(copystat, src, dst, follow_symlinks)


def ignore_patterns(*patterns):
    """An `ignore` callable for copytree() skipping names that match any glob pattern."""
    def matching(path, names):
        return {name for name in names if any(fnmatch.fnmatch(name, p) for p in patterns)}
    return matching


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory src recursively to dst and return dst. Failures
    are gathered and raised together as Error([(src, dst, reason), ...])."""
    with os.scandir(src) as listing:
        entries = list(listing)
    skip = ignore(os.fspath(src), [e.name for e in entries]) if ignore is not None else ()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    problems = []
    for entry in entries:
        if entry.name in skip:
            continue
        source = os.path.join(src, entry.name)
        target = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink():
                if symlinks:
                    os.symlink(os.readlink(source), target)
                    copystat(source, target, follow_symlinks=False)
                    continue
                if not os.path.exists(source) and ignore_dangling_symlinks:
                    continue
            if entry.is_dir():
                copytree(source, target, symlinks=symlinks, ignore=ignore,
                         copy_function=copy_function, dirs_exist_ok=dirs_exist_ok,
                         ignore_dangling_symlinks=ignore_dangling_symlinks)
            else:
                copy_function(source, target)
        except Error as nested:
            problems.extend(nested.args[0])
        except OSError as why:
            problems.append((source, target, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        problems.append((src, dst, str(why)))
    if problems:
        raise Error(problems)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Delete the directory tree at path. A failure is skipped when
    ignore_errors is set, else given to onerror(function, path, exc_info),
    else raised."""
    def failed(function, where, error):
        if ignore_errors:
            return
        if onerror is None:
            raise error
        onerror(function, where, (type(error), error, error.__traceback__))

    try:
        info = os.lstat(path)
    except OSError as error:
        failed(os.lstat, path, error)
        return
    if stat.S_ISLNK(info.st_mode):
        failed(os.path.islink, path, OSError('Cannot call rmtree on a symbolic link'))
        return
    _empty(path, failed)
    try:
        os.rmdir(path)
    except OSError as error:
        failed(os.rmdir, path, error)


def _empty(directory, failed):
    try:
        names = os.listdir(directory)
    except OSError as error:
        failed(os.scandir, directory, error)
        return
    for name in names:
        inner = os.path.join(directory, name)
        try:
            is_dir = stat.S_ISDIR(os.lstat(inner).st_mode)
        except OSError:
            is_dir = False
        if is_dir:
            _empty(inner, failed)
            remove = os.rmdir
        else:
            remove = os.unlink
        try:
            remove(inner)
        except OSError as error:
            failed(remove, inner, error)


def move(src, dst, copy_function=copy2):
    """Move src (file, link or directory) to dst, or into dst if it is a
    directory; return where it went. Across file systems this copies then
    deletes."""
    destination = dst
    if os.path.isdir(dst):
        if _is_same(src, dst):
            # Only the case of the name changes (case-insensitive file systems).
            os.rename(src, dst)
            return None
        destination = os.path.join(dst, os.path.basename(os.fspath(src).rstrip(os.sep)))
        if os.path.exists(destination):
            raise Error(f"Destination path '{destination}' already exists")
    try:
        os.rename(src, destination)
        return destination
    except OSError:
        pass
    if os.path.islink(src):
        os.symlink(os.readlink(src), destination)
        os.unlink(src)
    elif os.path.isdir(src):
        inside = os.path.join(os.path.abspath(dst), '')
        if inside.startswith(os.path.join(os.path.abspath(src), '')):
            raise Error(f"Cannot move a directory '{src}' into itself '{dst}'.")
        copytree(src, destination, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, destination)
        os.unlink(src)
    return destination


def _usable(candidate, mode):
    return (os.path.exists(candidate) and os.access(candidate, mode)
            and not os.path.isdir(candidate))


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """Where cmd would be found on path (default: $PATH) with the given access mode, or None."""
    if os.path.dirname(cmd):
        return cmd if _usable(cmd, mode) else None
    if path is None:
        path = os.environ.get('PATH')
        if path is None:
            path = os.defpath
    if not path:
        return None
    tried = set()
    for directory in path.split(os.pathsep):
        if directory in tried:
            continue
        tried.add(directory)
        candidate = os.path.join(directory, cmd)
        if _usable(candidate, mode):
            return candidate
    return None


def get_terminal_size(fallback=(80, 24)):
    """The terminal's (columns, lines): $COLUMNS and $LINES win, then what
    the terminal on stdout reports, then fallback."""
    wanted = []
    for variable in ('COLUMNS', 'LINES'):
        try:
            wanted.append(int(os.environ[variable]))
        except (ValueError, KeyError):
            wanted.append(0)
    if min(wanted) <= 0:
        try:
            reported = os.get_terminal_size(sys.__stdout__.fileno())
        except (OSError, ValueError, AttributeError):
            reported = os.terminal_size(fallback)
        wanted = [given if given > 0 else (seen or default)
                  for given, seen, default in zip(wanted, reported, fallback)]
    return os.terminal_size(wanted)
