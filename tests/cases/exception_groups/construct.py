# ExceptionGroup / BaseExceptionGroup construction: attributes, str/repr, class choice
# and CPython's argument checks.
eg = ExceptionGroup("msg", [ValueError(1), TypeError("t")])
print(repr(eg))
print(str(eg))
print(eg.args, eg.message, eg.exceptions)
print(type(eg.exceptions).__name__, len(eg.exceptions))
print([c.__name__ for c in type(eg).__mro__])
print([c.__name__ for c in BaseExceptionGroup.__mro__])
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print(type(BaseExceptionGroup("x", [ValueError(1)])).__name__)
b = BaseExceptionGroup("x", [KeyboardInterrupt()])
print(type(b).__name__, str(b), isinstance(b, Exception))
print(ExceptionGroup("a", (ValueError(),)).args)
print(str(ExceptionGroup("one", [OSError()])))
print(ExceptionGroup.__new__(ExceptionGroup, "q", [ValueError()]).args)


def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: ExceptionGroup())
attempt(lambda: ExceptionGroup("a"))
attempt(lambda: ExceptionGroup("a", [], 1))
attempt(lambda: ExceptionGroup(1, [ValueError()]))
attempt(lambda: ExceptionGroup("a", 5))
attempt(lambda: ExceptionGroup("a", {1: 2}))
attempt(lambda: ExceptionGroup("a", []))
attempt(lambda: ExceptionGroup("a", [1]))
attempt(lambda: ExceptionGroup("a", [ValueError(), "b"]))
attempt(lambda: ExceptionGroup("a", "ab"))
attempt(lambda: ExceptionGroup("a", [KeyboardInterrupt()]))
attempt(lambda: ExceptionGroup("a", [ValueError()], x=1))


class MyEG(ExceptionGroup):
    pass


attempt(lambda: MyEG("a", [KeyboardInterrupt()]))
m = MyEG("mine", [ValueError(3)])
print(repr(m), str(m), m.message)

eg = ExceptionGroup("x", [ValueError()])
eg.args = ("b",)
print(eg.message, str(eg), repr(eg))

try:
    raise ExceptionGroup("raised", [ValueError(1), KeyError(2)])
except ExceptionGroup as caught:
    print("caught", repr(caught), len(caught.exceptions))

import copy
orig = ExceptionGroup("copied", [ValueError(1), TypeError(2)])
c = copy.copy(orig)
print(repr(c), c.exceptions, c.message, c is orig)
d = copy.deepcopy(ExceptionGroup("deep", [ValueError(1)]))
print(repr(d), str(d), d.exceptions)
