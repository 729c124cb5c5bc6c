# An error deep in a yield-from chain shows every delegating frame.
def inner():
    yield 1
    raise ValueError("deep")

def middle():
    result = yield from inner()
    return result

def outer():
    yield from middle()

for v in outer():
    print(v)
