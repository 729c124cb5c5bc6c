# throw() and close() reach the innermost generator of a yield-from chain.
def catching():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("sub caught", e)
        return "recovered"

def deleg():
    r = yield from catching()
    print("deleg r", r)
    yield "after"

d = deleg()
next(d)
print(d.throw(ValueError("v")))

def fin():
    try:
        yield 1
    finally:
        print("sub finally")

def deleg2():
    try:
        yield from fin()
    finally:
        print("outer finally")

d2 = deleg2()
next(d2)
d2.close()
d3 = deleg2()
next(d3)
try:
    d3.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)

def keeps_going():
    while True:
        try:
            yield "tick"
        except TypeError:
            yield "handled below"

def wrapper():
    yield from keeps_going()

w = wrapper()
next(w)
print(w.throw(TypeError))
print(next(w))
