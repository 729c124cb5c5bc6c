# A generator that yields after GeneratorExit: close() fails.
def stubborn():
    try:
        yield "still here"
    except GeneratorExit:
        print("ignoring")
    yield "once more"

s = stubborn()
print(next(s))
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"

r = returns_on_exit()
next(r)
print(r.close())

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("in close")

o = raises_other()
next(o)
try:
    o.close()
except ValueError as e:
    print("close raised", e)
print(list(s))
