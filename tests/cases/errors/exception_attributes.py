# SystemExit.code, ImportError's name/path/msg, and no __dict__ on a slotted instance.
import sys

for args in [(), (3,), ("bye",), (1, 2)]:
    try:
        sys.exit(*args) if len(args) < 2 else exit(args)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(repr(e.code))
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(e, "|", e.name, e.path, e.msg)
try:
    from math import no_such_name
except ImportError as e:
    print(e.name, e.msg)
e = ImportError("plain")
print(e.name, e.path, e.msg)


class P:
    __slots__ = ("a",)


class Q(P):
    pass


p = P()
print(hasattr(p, "__dict__"), hasattr(Q(), "__dict__"), Q().__dict__)
try:
    p.__dict__
except AttributeError as e:
    print(e)
try:
    vars(p)
except TypeError as e:
    print(e)
s = slice(1, 5, 2)
print(s.start, s.stop, s.step, slice(3).start, slice(3).stop)
