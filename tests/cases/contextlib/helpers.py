import contextlib
import io
import sys
from contextlib import suppress, closing, nullcontext, redirect_stdout, ExitStack


with suppress(ZeroDivisionError):
    1 / 0
    print("not reached")
print("suppressed")
with suppress(KeyError, IndexError):
    [][1]
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError("passes")
except ValueError as e:
    print("ValueError", e)
with suppress(LookupError):
    {}["k"]
print("subclass suppressed")


class Thing:
    def close(self):
        print("Thing closed")


with closing(Thing()) as t:
    print(type(t).__name__)

with nullcontext() as n:
    print(n)
with nullcontext(42) as n:
    print(n)


def process(path_or_file=None):
    cm = nullcontext(path_or_file) if path_or_file else nullcontext("default")
    with cm as f:
        return f


print(process(), process("given"))

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("second", 2)
print("back", repr(buf.getvalue()))


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


c = Collector()
with redirect_stdout(c) as target:
    print("to collector", end="!")
print(c.parts, target is c)
old = sys.stdout
with redirect_stdout(io.StringIO()) as inner:
    with redirect_stdout(c):
        print("deep")
    print("middle")
print(sys.stdout is old, inner.getvalue(), c.parts[-1])


class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.swallow


with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in "abc"]
    stack.callback(print, "callback", 1, sep="-")
    print("names", names)

with ExitStack() as stack:
    stack.enter_context(CM("swallower", swallow=True))
    stack.enter_context(CM("plain"))
    raise KeyError("x")
print("after suppressed stack")

try:
    with ExitStack() as stack:
        stack.enter_context(CM("one"))
        raise ValueError("through")
except ValueError as e:
    print("propagated", e)

with ExitStack() as stack:
    stack.enter_context(CM("kept"))
    moved = stack.pop_all()
print("popped")
moved.close()


def exit_fn(typ, value, tb):
    print("exit_fn", typ)
    return False


with ExitStack() as stack:
    stack.push(exit_fn)
    stack.push(CM("pushed"))

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)


def failing():
    raise RuntimeError("in callback")


try:
    with ExitStack() as stack:
        stack.callback(print, "runs anyway")
        stack.callback(failing)
except RuntimeError as e:
    print("RuntimeError:", e)


class Base(contextlib.AbstractContextManager):
    def __exit__(self, *args):
        print("abstract exit")


with Base() as b:
    print(type(b).__name__)


class Deco(contextlib.ContextDecorator):
    def __enter__(self):
        print("deco enter")
        return self

    def __exit__(self, *exc):
        print("deco exit")
        return False


@Deco()
def decorated():
    print("body")


decorated()

saved = sys.stdout
sys.stdout = None
print("discarded")
sys.stdout = saved
print("restored")
