"""Constants and tests for the `st_mode` of `os.stat()` results (POSIX values), and
`filemode`, the `ls -l` rendering of a mode."""

ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = \
    range(10)

S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000

FILE_ATTRIBUTE_ARCHIVE = 0x20
FILE_ATTRIBUTE_COMPRESSED = 0x800
FILE_ATTRIBUTE_DEVICE = 0x40
FILE_ATTRIBUTE_DIRECTORY = 0x10
FILE_ATTRIBUTE_ENCRYPTED = 0x4000
FILE_ATTRIBUTE_HIDDEN = 0x2
FILE_ATTRIBUTE_INTEGRITY_STREAM = 0x8000
FILE_ATTRIBUTE_NORMAL = 0x80
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 0x2000
FILE_ATTRIBUTE_NO_SCRUB_DATA = 0x20000
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_READONLY = 0x1
FILE_ATTRIBUTE_REPARSE_POINT = 0x400
FILE_ATTRIBUTE_SPARSE_FILE = 0x200
FILE_ATTRIBUTE_SYSTEM = 0x4
FILE_ATTRIBUTE_TEMPORARY = 0x100
FILE_ATTRIBUTE_VIRTUAL = 0x10000


def S_IMODE(mode):
    """The permission bits of a mode (those chmod sets)."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file type bits of a mode."""
    return mode & 0o170000


def _type_test(kind, name, what):
    """S_IS<name>(mode): whether a mode's file type bits are `kind`."""
    def test(mode):
        return S_IFMT(mode) == kind
    test.__name__ = test.__qualname__ = name
    test.__doc__ = f"Whether the mode is that of a {what}."
    return test


S_ISDIR = _type_test(S_IFDIR, 'S_ISDIR', 'directory')
S_ISCHR = _type_test(S_IFCHR, 'S_ISCHR', 'character device')
S_ISBLK = _type_test(S_IFBLK, 'S_ISBLK', 'block device')
S_ISREG = _type_test(S_IFREG, 'S_ISREG', 'regular file')
S_ISFIFO = _type_test(S_IFIFO, 'S_ISFIFO', 'FIFO (named pipe)')
S_ISLNK = _type_test(S_IFLNK, 'S_ISLNK', 'symbolic link')
S_ISSOCK = _type_test(S_IFSOCK, 'S_ISSOCK', 'socket')


# Doors, event ports and whiteouts exist on other systems only (their
# S_IF* values are 0 here), so no mode is one of them.
def S_ISDOOR(mode):
    return False


def S_ISPORT(mode):
    return False


def S_ISWHT(mode):
    return False


_TYPE_CHARS = ((S_IFLNK, 'l'), (S_IFSOCK, 's'), (S_IFREG, '-'), (S_IFBLK, 'b'), (S_IFDIR, 'd'),
               (S_IFCHR, 'c'), (S_IFIFO, 'p'))


def filemode(mode):
    """'-rwxr-xr-x' and the like, as `ls -l` shows a mode."""
    kind = dict(_TYPE_CHARS).get(S_IFMT(mode), '?')
    chars = [kind]
    for who, special, special_char in ((6, S_ISUID, 's'), (3, S_ISGID, 's'), (0, S_ISVTX, 't')):
        bits = mode >> who
        chars.append('r' if bits & 4 else '-')
        chars.append('w' if bits & 2 else '-')
        execute = bits & 1
        if mode & special:
            chars.append(special_char if execute else special_char.upper())
        else:
            chars.append('x' if execute else '-')
    return ''.join(chars)
