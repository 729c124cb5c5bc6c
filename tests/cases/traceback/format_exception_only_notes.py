# format_exception_only gives the message line, then each note (split at newlines);
# a SyntaxError also its location lines.
import traceback


def parse(rows):
    out = []
    for i, r in enumerate(rows):
        try:
            out.append(int(r))
        except ValueError as e:
            e.add_note(f"row {i}: {r!r}")
            raise
    return out


try:
    parse(["1", "x"])
except ValueError as e:
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception(e)[-2:])

e = KeyError("k")
e.add_note("first")
e.add_note("two\nlines")
print(traceback.format_exception_only(e))
print("".join(traceback.format_exception_only(type(e), e)), end="")

try:
    compile("x = 1 +* 2", "f.py", "exec")
except SyntaxError as err:
    print(traceback.format_exception_only(err))

eg = ExceptionGroup("many", [ValueError(1), TypeError(2)])
eg.add_note("group note")
print(traceback.format_exception_only(eg))
print(traceback.format_exception_only(None))


class Quiet(Exception):
    pass


print(traceback.format_exception_only(Quiet, Quiet()))
