# Struct sequences (sys.flags, sys.version_info, time.struct_time) name their
# type with its module in messages and refuse changes as "readonly attribute";
# sys.implementation and sys.hexversion exist.
import sys
import time


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def set_flag():
    sys.flags.debug = 1


def set_major():
    sys.version_info.major = 4


def set_new():
    sys.version_info.extra = 4


def del_flag():
    del sys.flags.debug


def set_tm():
    time.localtime().tm_year = 1


attempt(lambda: sys.flags.foo)
attempt(set_flag)
attempt(set_major)
attempt(set_new)
attempt(del_flag)
attempt(set_tm)
attempt(lambda: sys.float_info.nope)
attempt(lambda: time.gmtime(0).nope)
attempt(lambda: sys.version_info.major == sys.version_info[0])
attempt(lambda: type(sys.flags).__name__)
impl = sys.implementation
print(isinstance(impl.name, str), impl.name == impl.name.lower())
print(len(impl.version), impl.version.major == impl.version[0],
      impl.version.releaselevel in ('alpha', 'beta', 'candidate', 'final'))
print(isinstance(impl.hexversion, int), type(impl).__name__)
print(hasattr(impl, 'cache_tag'), repr(impl).startswith('namespace(name='))
print(sys.hexversion >> 16 == 0x30b, hex(sys.hexversion)[:5])
