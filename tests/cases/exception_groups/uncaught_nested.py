# The traceback CPython prints for an uncaught group: nested boxes, member tracebacks,
# chained exceptions and notes inside a group.
def f():
    raise ValueError("bad")


def g():
    try:
        f()
    except ValueError as e:
        e.add_note("a note")
        raise TypeError("converted") from e


excs = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        excs.append(e)
inner = ExceptionGroup("inner", [KeyError("k"), IndexError(2)])
try:
    raise inner
except ExceptionGroup as i:
    excs.append(i)
excs.append(ZeroDivisionError())
last = ExceptionGroup("last", [RuntimeError("deep")])
excs.append(last)
raise ExceptionGroup("many problems", excs)
