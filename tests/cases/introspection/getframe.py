# sys._getframe: frame objects with their code, line, caller chain and namespaces.
import sys


def describe(f):
    c = f.f_code
    return f"{c.co_name} {c.co_filename} first={c.co_firstlineno} line={f.f_lineno}"


def inner(a, b=2):
    x = a + b
    print(describe(sys._getframe()))
    print(sorted(sys._getframe().f_locals.items()))
    print(describe(sys._getframe(1)))
    print(sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name)
    return x


def outer():
    y = 5
    return inner(1) + y


def kw_outer():
    return inner(a=1, b=3)


def star_outer(*args, **kwargs):
    return inner(*args, **kwargs)


outer()
kw_outer()
star_outer(4, b=0)


class Widget:
    def __init__(self, **options):
        f = sys._getframe(1)
        print("constructed in", f.f_code.co_name, "at line", f.f_lineno)


def build():
    return Widget(size=3)


build()


def stack_names():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def recurse(n, *pad):
    if n == 0:
        return stack_names()
    return recurse(n - 1)


print(recurse(3))
print([n for n in map(lambda _: stack_names()[0], [1])])


def caller_name():
    return sys._getframe(1).f_code.co_name


def some_function():
    return caller_name()


print(some_function())
print(caller_name())

top = sys._getframe()
print(top.f_back, top.f_globals is globals(), top.f_locals is globals())
print(top.f_code.co_name, top.f_code.co_flags, top.f_globals["__name__"])
print(type(top).__name__, type(top.f_code).__name__, type(top).__module__)


def signature_demo(a, b=1, *rest, key, **extra):
    local = a
    return sys._getframe()


frame = signature_demo(1, key=2)
code = frame.f_code
print(code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount, code.co_nlocals)
print(code.co_varnames, code.co_flags)
print(sorted(frame.f_locals.items()))
print(signature_demo.__code__ is code, signature_demo.__code__.co_name)


def gen():
    yield sys._getframe().f_code.co_name


print(next(gen()))

for bad in [(50,), (1, 2), ("x",)]:
    try:
        sys._getframe(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys._getframe(depth=1)
except TypeError as e:
    print(type(e).__name__, e)
print(sys._getframe(-5).f_code.co_name)
