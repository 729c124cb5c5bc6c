# A traceback passes through each generator frame it came out of.
def inner():
    yield 1
    return 1 / 0

def outer():
    for x in inner():
        yield x * 2

def consume():
    return list(outer())

consume()
