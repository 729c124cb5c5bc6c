import sys

def inner():
    raise ValueError("inner failure")

def capture():
    try:
        inner()
    except ValueError as e:
        return e.__traceback__

tb = capture()
e = KeyError("k")
print(e.__traceback__)
r = e.with_traceback(tb)
print(r is e, e.__traceback__ is not None, e.__traceback__.tb_lineno)
print(e.with_traceback(None).__traceback__)

class AppError(Exception):
    pass

try:
    try:
        inner()
    except ValueError:
        raise AppError("wrapped").with_traceback(sys.exc_info()[2])
except AppError as err:
    t = err.__traceback__
    lines = []
    while t is not None:
        lines.append(t.tb_lineno)
        t = t.tb_next
    print(lines)

for bad in [(), (1,), (None, None)]:
    try:
        ValueError().with_traceback(*bad)
    except TypeError as x:
        print("TypeError", x)

def reraise():
    try:
        inner()
    except ValueError as exc:
        raise RuntimeError("again").with_traceback(exc.__traceback__)
reraise()
