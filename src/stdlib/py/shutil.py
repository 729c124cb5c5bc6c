"""File operations beyond the system calls: copying files and trees,
removing trees, moving, and finding programs on the PATH."""

import fnmatch
import os

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree',
           'move', 'rmtree', 'Error', 'SameFileError', 'ignore_patterns', 'which',
           'get_terminal_size']

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def copyfileobj(fsrc, fdst, length=0):
    """Copies the data of one open file to another."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the contents of file src to file dst; returns dst."""
    if _samefile(src, dst):
        raise SameFileError('{!r} and {!r} are the same file'.format(src, dst))
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    os.chmod(dst, os.stat(src).st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    copymode(src, dst)


def _into(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copies file src (data and permission bits) to dst, a file or directory."""
    dst = _into(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    dst = _into(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst)
    return dst


def ignore_patterns(*patterns):
    """An ignore function for copytree leaving out names matching the patterns."""
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copies the directory tree src to dst (which must not exist unless
    dirs_exist_ok); returns dst."""
    names = os.listdir(src)
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if symlinks and os.path.islink(srcname):
                os.symlink(os.readlink(srcname), dstname)
            elif os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Removes the directory tree at path. Errors are ignored, passed to
    onerror(function, path, exc_info), or raised."""
    def handle(function, failed, error):
        if ignore_errors:
            return
        if onerror is None:
            raise error
        onerror(function, failed, (type(error), error, error.__traceback__))

    try:
        mode = os.lstat(path).st_mode
    except OSError as error:
        handle(os.lstat, path, error)
        return
    if mode & 0o170000 == 0o120000:
        handle(os.path.islink, path, OSError('Cannot call rmtree on a symbolic link'))
        return
    try:
        names = os.listdir(path)
    except OSError as error:
        handle(os.listdir, path, error)
        names = []
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            rmtree(full, ignore_errors, onerror)
        else:
            try:
                os.unlink(full)
            except OSError as error:
                handle(os.unlink, full, error)
    try:
        os.rmdir(path)
    except OSError as error:
        handle(os.rmdir, path, error)


def move(src, dst, copy_function=copy2):
    """Moves a file or directory to dst (into it, if it is a directory);
    returns the new path."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return dst
        real_dst = os.path.join(dst, os.path.basename(os.fspath(src).rstrip(os.sep)))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def which(cmd, mode=1, path=None):
    """The path of the program cmd on the PATH, or None."""
    if os.path.dirname(cmd):
        return cmd if _is_program(cmd) else None
    if path is None:
        path = os.environ.get('PATH', os.defpath)
    for directory in path.split(os.pathsep):
        candidate = os.path.join(directory, cmd)
        if _is_program(candidate):
            return candidate
    return None


def _is_program(path):
    try:
        st = os.stat(path)
    except OSError:
        return False
    return st.st_mode & 0o170000 == 0o100000 and st.st_mode & 0o111 != 0


def get_terminal_size(fallback=(80, 24)):
    return os.get_terminal_size()
