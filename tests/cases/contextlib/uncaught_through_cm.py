from contextlib import contextmanager


@contextmanager
def section(name):
    print("enter", name)
    try:
        yield
    finally:
        print("leave", name)


def work():
    with section("inner"):
        raise KeyError("missing")


with section("outer"):
    work()
