import io
import sys
import traceback


def clean(text):
    out = []
    for line in text.splitlines(True):
        if line.startswith('  File "'):
            _, path, rest = line.split('"', 2)
            line = '  File "' + path.rsplit("/", 1)[-1] + '"' + rest
        out.append(line)
    return "".join(out)


def level3():
    raise ValueError("deep")


def level2():
    level3()


def level1():
    level2()


try:
    level1()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb is not None)
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
    print(sys.exc_info()[2].tb_lineno, sys.exc_info()[2].tb_next.tb_lineno)
    print(clean("".join(traceback.format_tb(e.__traceback__))), end="")
    print(len(traceback.format_tb(e.__traceback__)))
    buf = io.StringIO()
    traceback.print_tb(e.__traceback__, file=buf)
    print(clean(buf.getvalue()), end="")
    print(clean("".join(traceback.format_exception(type(e), e, e.__traceback__))), end="")
    print(clean(traceback.format_tb(e.__traceback__.tb_next)[0]), end="")

print(ValueError("fresh").__traceback__)
print(traceback.format_tb(None))
