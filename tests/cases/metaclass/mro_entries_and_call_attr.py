# PEP 560: a non-class base stands for the classes its __mro_entries__ returns, and the
# class keeps the bases as written in __orig_bases__. A metaclass __call__ that is not a
# function (a class) is called without the class as first argument.
class Real:
    pass


class Stand:
    def __mro_entries__(self, bases):
        print("mro_entries of", len(bases), "bases")
        return (Real,)


stand = Stand()


class C(stand, object):
    pass


print(C.__bases__, C.__orig_bases__ == (stand, object), issubclass(C, Real))


class D(Real):
    pass


print("__orig_bases__" in D.__dict__)


class Empty:
    def __mro_entries__(self, bases):
        return ()


class E(Empty()):
    pass


print(E.__bases__)


class Wrong:
    def __mro_entries__(self, bases):
        return [Real]


try:
    class F(Wrong()):
        pass
except TypeError as e:
    print("TypeError:", e)


class MakesLists(type):
    __call__ = list


class Seq(metaclass=MakesLists):
    pass


print(Seq("abc"), type(Seq((1, 2))).__name__)
