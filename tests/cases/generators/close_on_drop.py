def g():
    try:
        yield 1
        yield 2
    finally:
        print("fin")
print("a")
y = g(); next(y); del y; print("deleted")
class CM:
    def __enter__(s): print("enter")
    def __exit__(s, *a): print("exit", a[0]); return False
def w():
    with CM():
        yield 1
q = w(); next(q); q.close(); print("closed")
q = w(); next(q); del q; print("deleted2")
for x in g():
    break
print("after break")
def h():
    try:
        yield 1
    except GeneratorExit:
        print("GE")
        raise
z = h(); next(z); z = None; print("rebound")
keep = g(); next(keep)
print("end")
