# cls.mro() lists the MRO; a function renamed by functools.wraps shows its new name.
import functools


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


print([k.__name__ for k in D.mro()], D.mro() == list(D.__mro__), int.mro(), type.mro(bool))


def deco(f):
    @functools.wraps(f)
    def wrapper(*args):
        return f(*args)

    return wrapper


@deco
def greet(name):
    return "hi " + name


def plain():
    pass


print(repr(greet).split(" at ")[0], repr(plain).split(" at ")[0], greet.__qualname__)
print(repr(deco(plain)).split(" at ")[0], repr(deco).split(" at ")[0])
