from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("a") as t:
    print("inside", t)

with tag("outer"):
    with tag("inner"):
        print("nested")

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


@contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError, ZeroDivisionError):
    1 / 0
print("after swallow")
with swallow(KeyError):
    {}["missing"]
try:
    with swallow(KeyError):
        raise TypeError("not swallowed")
except TypeError as e:
    print("escaped", e)


@contextmanager
def transform():
    try:
        yield
    except ValueError as e:
        raise RuntimeError("converted") from e


try:
    with transform():
        raise ValueError("orig")
except RuntimeError as e:
    print(e, repr(e.__cause__))


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def ignores_exception():
    try:
        yield
    except Exception:
        pass
    yield


try:
    with ignores_exception():
        raise KeyError("k")
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def timed(label):
    print("start", label)
    yield
    print("end", label)


@timed("decorated")
def work(x):
    print("working", x)
    return x * 2


print(work(3))
print(work(4))
print(work.__name__)


@contextmanager
def opened(items):
    """Doc of opened."""
    items.append("open")
    yield items
    items.append("close")


log = []
with opened(log) as l:
    l.append("use")
print(log, opened.__name__, opened.__doc__)
cm = tag("reuse")
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__)


class Resource:
    def __init__(self):
        self.closed = False

    def close(self):
        print("closing resource")
        self.closed = True


@contextmanager
def managed():
    r = Resource()
    try:
        yield r
    finally:
        r.close()


def early():
    with managed() as r:
        return r


print(early().closed)
for i in range(3):
    with managed():
        if i == 1:
            break
print("loop done", i)
