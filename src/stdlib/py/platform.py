"""What machine and interpreter this is, as CPython's platform module reports it on
Linux: the uname fields, and the Python version the interpreter implements."""

import os
import sys



class uname_result(tuple):
    """The uname fields and `processor`, which the repr leaves out."""
    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')
    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])
    processor = property(lambda self: self[5])

    def __repr__(self):
        return 'uname_result(%s)' % ', '.join(
            '%s=%r' % pair for pair in zip(self._fields[:5], self))


def uname():
    u = os.uname()
    return uname_result((u.sysname, u.nodename, u.release, u.version, u.machine, processor()))


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    # CPython asks `uname -p`, which Linux answers with "unknown": reported as ''.
    return ''


def architecture(executable=sys.executable, bits='', linkage=''):
    return (bits or '%dbit' % (sys.maxsize.bit_length() + 1), linkage or 'ELF')


def python_implementation():
    return 'CPython'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(part) for part in sys.version_info[:3])


def python_branch():
    return ''


def python_revision():
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    try:
        found = os.confstr('CS_GNU_LIBC_VERSION')
    except (AttributeError, ValueError, OSError):
        found = None
    if found:
        name, _, ver = found.partition(' ')
        return ('glibc', ver)
    return (lib, version)


def _platform(*args):
    """The parts joined with '-', cleaned to be usable in a file name."""
    text = '-'.join(x.strip() for x in filter(len, args))
    for bad in ' /\\:;"()':
        text = text.replace(bad, '_' if bad == ' ' else '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


def platform(aliased=False, terse=False):
    u = uname()
    proc = '' if u.machine == u.processor else u.processor
    if u.system == 'Linux':
        lib, ver = libc_ver()
        return _platform(u.system, u.release, u.machine, proc, 'with', lib + ver)
    if terse:
        return _platform(u.system, u.release)
    return _platform(u.system, u.release, u.machine, proc)
