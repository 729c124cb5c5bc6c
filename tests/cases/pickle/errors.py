# PicklingError/UnpicklingError and the other errors, with CPython's messages.
import pickle
import sys


def outer():
    class Local:
        pass
    return Local


def show(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except Exception as e:
        print(f"{type(e).__module__}.{type(e).__name__}: {e}")


print(pickle.PickleError.__mro__)
print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError))
show(pickle.dumps, outer())
show(pickle.dumps, outer()())
show(pickle.dumps, [lambda: 1]) if False else None
try:
    pickle.dumps(lambda: 1)
except pickle.PicklingError as e:
    msg = str(e)
    print(msg[:25], msg[msg.index(' at 0x'):].split('>', 1)[1])


def gen():
    yield 1


show(pickle.dumps, gen())
show(pickle.dumps, sys)
show(pickle.dumps, 1, 6)
show(pickle.loads, 'text')
show(pickle.loads, b'')
show(pickle.loads, b'\x80\x04K')
show(pickle.loads, b'\x01')
show(pickle.loads, b'garbage')
show(pickle.loads, b'\x80\x09N.')
show(pickle.loads, b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K')
show(pickle.loads, b'\x80\x04\x8c\x08__main__\x94\x8c\x04Nope\x94\x93\x94.')
show(pickle.loads, b'\x80\x04\x8c\x0bno_such_mod\x94\x8c\x01x\x94\x93\x94.')
show(pickle.loads, b'\x80\x04h\x05.')


class Thing:
    pass


Old = Thing


class Thing:
    pass


show(pickle.dumps, Old)


class BadReduce:
    def __reduce__(self):
        return 42


class ShortReduce:
    def __reduce__(self):
        return (ShortReduce,)


show(pickle.dumps, BadReduce())
show(pickle.dumps, ShortReduce())
print(pickle.loads(pickle.dumps(Thing())).__class__ is Thing)
