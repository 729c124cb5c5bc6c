# platform reports the uname fields (checked against os.uname, which differs by machine)
# and the Python version the interpreter implements.
import os
import platform

u = os.uname()
print(type(u).__name__, len(u), u.sysname, u.sysname == u[0], repr(u).startswith("posix.uname_result(sysname="))
print(platform.system(), platform.node() == u.nodename, platform.release() == u.release,
      platform.version() == u.version, platform.machine() == u.machine)
print(repr(platform.processor()), platform.architecture(), platform.python_version()[:4],
      platform.python_version_tuple()[:2], platform.python_implementation())
p = platform.uname()
print(type(p).__name__, len(p), p._fields, p.system, p[0], p[-1] == p.processor == "")
print(repr(p) == "uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)" % tuple(u))
lib, ver = platform.libc_ver()
print(lib, os.confstr("CS_GNU_LIBC_VERSION") == "glibc " + ver, os.confstr(2) == os.confstr("CS_GNU_LIBC_VERSION"))
print(platform.platform() == "-".join([u.sysname, u.release, u.machine, "with", lib + ver]).replace(" ", "_"))
print(platform.platform(terse=True) == platform.platform())
try:
    os.confstr("NO_SUCH_NAME")
except ValueError as e:
    print("ValueError:", e)
