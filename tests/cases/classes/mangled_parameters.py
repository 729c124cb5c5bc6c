# Parameter names inside a class are mangled (co_varnames, keyword matching, locals(),
# kwdefaults, annotations); keyword names written in calls are not.
def g(**kw): return kw
class C:
    def f(self, __x, *, __y=2, **kw):
        print(__x, __y, kw, sorted(locals()))
        return C.g(__z=5)
    @staticmethod
    def g(**kw):
        return kw
    def h(self, __a: int = 1) -> None:
        pass
    def call(self):
        return dict(__k=1, __k__=2), self.f(_C__x=1, _C__y=3, __w=4)
    def go(self, **opts):
        return self.f(1, **opts)
    def m(self):
        return g(__z=5), dict(__k=1)
print(C().call())
print(C().m())
print(C.f.__kwdefaults__, C.h.__annotations__, C.f.__code__.co_varnames)
try:
    C().f(__x=1)
except TypeError as e:
    print(e)
try:
    C().f()
except TypeError as e:
    print(e)
print(C().go(_C__y=9))
class _Priv:
    def m(self, __p=0):
        return (lambda **k: k)(__q=1), (lambda __r: __r)(3), __p
print(_Priv().m(_Priv__p=4))
import inspect
print(inspect.signature(C.f))


class Ann:
    __slots_hint: int = 3
    __plain = 1

    def outer(self, __v=5):
        def inner(__w=6):
            return sorted(locals()), __v

        return inner()


print(Ann.__annotations__, Ann().outer(), Ann().outer(_Ann__v=7))
