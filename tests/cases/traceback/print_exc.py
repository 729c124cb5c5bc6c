import io
import sys
import traceback


def clean(text):
    """The report with file paths reduced to base names, as they differ between runs."""
    out = []
    for line in text.splitlines(True):
        if line.startswith('  File "'):
            _, path, rest = line.split('"', 2)
            line = '  File "' + path.rsplit("/", 1)[-1] + '"' + rest
        out.append(line)
    return "".join(out)


def show(print_fn):
    buf = io.StringIO()
    print_fn(buf)
    print(clean(buf.getvalue()), end="")


def inner(x):
    return 10 / x


def outer(x):
    return inner(x) + 1


try:
    outer(0)
except ZeroDivisionError:
    traceback.print_exc()
    text = traceback.format_exc()
    print("formatted:")
    print(clean(text), end="")
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__ in ("traceback", "NoneType"))

print(repr(traceback.format_exc()))
print(sys.exc_info())


class AppError(Exception):
    pass


def load(key):
    try:
        return {}[key]
    except KeyError as e:
        raise AppError(f"cannot load {key}") from e


try:
    load("cfg")
except AppError as err:
    lines = traceback.format_exception(err)
    print(len(lines) > 3, lines[-1], end="")
    print(clean("".join(traceback.format_exception(type(err), err, None))), end="")
    print(traceback.format_exception_only(err))
    show(lambda f: traceback.print_exception(err, file=f))

try:
    try:
        [][1]
    except IndexError:
        None.missing
except AttributeError as e:
    show(lambda f: traceback.print_exc(file=f))
    print(traceback.format_exception_only(type(e), e))

try:
    raise ValueError
except ValueError:
    show(lambda f: traceback.print_exc(file=f))

print("done")
