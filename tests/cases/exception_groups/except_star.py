# except*: each clause gets the matching part of a group (a lone exception arrives
# wrapped), what is left goes on, what clauses raise is gathered into a new group.
import sys


def f():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])


try:
    f()
except* ValueError as e:
    print("VE", repr(e), repr(sys.exc_info()[1]))
except* TypeError as e:
    print("TE", repr(e), e.__traceback__.tb_lineno)
print("e" in dir())
print(sys.exc_info())

try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked", repr(e), e.exceptions[0].__traceback__ is not None)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled VE")
except ExceptionGroup as g:
    print("rest", repr(g))

try:
    try:
        raise TypeError("naked2")
    except* ValueError:
        print("no")
except TypeError as t:
    print("naked rest", repr(t))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise
except ExceptionGroup as g:
    print("combined", repr(g), repr(g.__context__))
    print([repr(x.__context__) for x in g.exceptions])

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
except ExceptionGroup as g:
    print("raise e", repr(g))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise
except ExceptionGroup as g:
    print("both reraised", repr(g))

try:
    try:
        raise ValueError(5)
    except* ValueError:
        raise KeyError(6)
except KeyError as k:
    print("naked new", repr(k), repr(k.__context__))

try:
    try:
        raise ValueError(7)
    except* ValueError:
        raise
except ExceptionGroup as g:
    print("naked reraise", repr(g))

try:
    try:
        raise BaseExceptionGroup("eg", [ValueError(1), KeyboardInterrupt()])
    except* (TypeError, ValueError) as e:
        print("tuple", repr(e))
    else:
        print("else")
    finally:
        print("finally")
except BaseException as x:
    print(repr(x), type(x).__name__)

try:
    pass
except* ValueError:
    pass
else:
    print("else runs")

for t in (ExceptionGroup, int, (ValueError, ExceptionGroup), BaseExceptionGroup):
    try:
        try:
            raise ValueError(1)
        except* t:
            pass
    except TypeError as e:
        print(e)

# Clauses after everything matched still check their classes.
try:
    try:
        raise ValueError(1)
    except* ValueError:
        print("first")
    except* 5:
        print("never")
except TypeError as e:
    print(e)


def in_function():
    try:
        raise ExceptionGroup("fn", [OSError("o"), ValueError("v")])
    except* OSError as e:
        for x in e.exceptions:
            if x:
                break
        found = [repr(x) for x in e.exceptions]
    except* ValueError as v:
        found.append(repr(v))
    return found


print(in_function())

# Nested groups keep their shape in what is left.
try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        print("matched", repr(e))
except ExceptionGroup as g:
    print("left", repr(g))

# Inside an outer except, the outer exception stays the context.
try:
    raise RuntimeError("outer")
except RuntimeError:
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* ValueError:
            raise IndexError("inner")
    except ExceptionGroup as e:
        inner = e.exceptions[0]
        print(repr(e), repr(inner.__context__), repr(inner.__context__.__context__))
    print(repr(sys.exc_info()[1]))
