# A yield inside an except clause: the handled exception survives the suspension.
def gen():
    try:
        raise KeyError("original")
    except KeyError:
        yield "in handler"
        try:
            raise ValueError("second")
        except ValueError as inner:
            print("context:", repr(inner.__context__))
        yield "still in handler"
        raise

g = gen()
print(next(g))
try:
    raise TypeError("caller's own")
except TypeError:
    print(next(g))
try:
    next(g)
except KeyError as e:
    print("re-raised", repr(e))

def bare():
    try:
        1 / 0
    except ZeroDivisionError:
        yield 1
        raise

b = bare()
next(b)
try:
    next(b)
except ZeroDivisionError as e:
    print("bare raise:", e)
