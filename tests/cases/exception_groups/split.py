# subgroup/split/derive: which leaves each condition keeps, how the tree is rebuilt,
# what the parts inherit, and the errors for bad conditions.
eg = ExceptionGroup(
    "top",
    [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)],
)
print(repr(eg.subgroup(ValueError)))
print(repr(eg.split(ValueError)))
print(repr(eg.split((TypeError, KeyError))))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(eg.subgroup(lambda e: True) is eg)
print(eg.subgroup(Exception) is eg, eg.subgroup(OSError))
print(eg.split(OSError)[0], eg.split(OSError)[1] is eg, repr(eg.split(OSError)[1]))
m, r = eg.split(Exception)
print(m is eg, r)
print(eg.split(ExceptionGroup)[0] is eg)
print(repr(eg.derive([ValueError(9)])))
print(type(eg.derive([KeyboardInterrupt()])).__name__)

seen = []


def pred(e):
    seen.append(repr(e))
    return isinstance(e, TypeError)


print(eg.split(pred))
print(seen)

eg.add_note("note1")
s = eg.subgroup(ValueError)
print(s.__notes__, s.__notes__ is eg.__notes__)
print(eg.__suppress_context__, s.__suppress_context__)

cause = KeyError("cause")
eg.__cause__ = cause
print(eg.subgroup(ValueError).__cause__ is cause)
try:
    raise eg
except ExceptionGroup as g:
    part = g.subgroup(KeyError)
    print(part.__traceback__.tb_lineno, g.__traceback__.tb_lineno)


class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)


print(repr(MyEG("m", [ValueError(1), TypeError(2)]).split(ValueError)))


class NoDerive(ExceptionGroup):
    pass


print(repr(NoDerive("m", [ValueError(1), TypeError(2)]).split(ValueError)))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 1


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: BadDerive("a", [ValueError(), TypeError()]).split(ValueError))
attempt(lambda: eg.split(1))
attempt(lambda: eg.split(print))
attempt(lambda: eg.split((ValueError, 1)))
attempt(lambda: eg.split())
attempt(lambda: eg.split(1, 2))
attempt(lambda: eg.subgroup())
attempt(lambda: eg.derive())
