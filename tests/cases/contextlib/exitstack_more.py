# ExitStack's ordering and exception passing, redirections entered twice, aclosing,
# and context managers reused as decorators.
import asyncio
import contextlib
import io
import sys


def report(label):
    def exit_cb(exc_type, exc, tb):
        print("exit", label, exc_type.__name__ if exc_type else None, repr(exc))
        return label == "suppressor"
    return exit_cb


with contextlib.ExitStack() as stack:
    stack.push(report("first"))
    stack.callback(print, "callback", "args", sep="-")
    stack.push(report("last"))
print("---")
try:
    with contextlib.ExitStack() as stack:
        stack.push(report("outer"))
        stack.push(report("suppressor"))
        stack.push(report("inner"))
        raise KeyError("k")
except KeyError:
    print("not reached")
print("suppressed")


def raiser(exc_type, exc, tb):
    raise ValueError("from callback")


try:
    with contextlib.ExitStack() as stack:
        stack.push(report("sees the new error"))
        stack.push(raiser)
        raise KeyError("original")
except ValueError as exc:
    print("raised:", repr(exc), "context:", repr(exc.__context__))

with contextlib.ExitStack() as stack:
    moved = None
    stack.callback(print, "moved callback")
    moved = stack.pop_all()
    print("stack closed, nothing printed")
moved.close()
moved.close()
print(type(moved).__name__, stack.push(report("returned")) is not None)
try:
    contextlib.ExitStack().enter_context(42)
except TypeError as exc:
    print(exc)


class Plain:
    pass


try:
    contextlib.ExitStack().enter_context(Plain())
except TypeError as exc:
    print(exc)


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        print("exit", self.name, exc[0])


with contextlib.ExitStack() as stack:
    print([stack.enter_context(Resource(n)) for n in "abc"])
    stack.push(Resource("pushed"))

# One redirection object entered twice, nested.
buffer = io.StringIO()
redirect = contextlib.redirect_stdout(buffer)
with redirect:
    print("one")
    with redirect:
        print("two")
    print("three")
print(repr(buffer.getvalue()))
errors = io.StringIO()
with contextlib.redirect_stderr(errors) as target:
    sys.stderr.write("to stderr\n")
print(target is errors, repr(errors.getvalue()))

with contextlib.suppress():
    print("suppress() with no types")
try:
    with contextlib.suppress(KeyError):
        raise IndexError("not suppressed")
except IndexError as exc:
    print("IndexError", exc)
with contextlib.suppress(LookupError):
    raise KeyError("subclass suppressed")


@contextlib.contextmanager
def tagged(tag):
    print("<" + tag + ">")
    yield tag
    print("</" + tag + ">")


@tagged("p")
def para(text):
    print(text)
    return len(text)


print(para("hello"), para("again"))


class Noisy(contextlib.ContextDecorator):
    def __enter__(self):
        print("noisy enter")
        return self

    def __exit__(self, *exc):
        print("noisy exit", exc[0])
        return False


@Noisy()
def decorated(x):
    return x * 2


print(decorated(21))


class Closer:
    async def aclose(self):
        print("aclose awaited")


async def main():
    async with contextlib.aclosing(Closer()) as thing:
        print("inside aclosing", type(thing).__name__)
    async with contextlib.nullcontext(5) as value:
        print("async nullcontext", value)


asyncio.run(main())
