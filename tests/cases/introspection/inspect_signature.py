# inspect.signature: Signature and Parameter objects, their str(), bind() and its errors.
import inspect, sys, types, functools, collections, asyncio

def plain(a, b=2, *args, c, d=4, **kw):
    """Does things.

    More detail here.
    """
    return a

def gen():
    yield 1

async def coro():
    pass

async def agen():
    yield 1

class Base:
    """Base doc."""
    def method(self, x, y=1):
        """Method doc."""
        return x
    @classmethod
    def cm(cls, z): pass
    @staticmethod
    def sm(q, /, r): pass

class Child(Base):
    def __init__(self, name, size=0):
        self.name = name
    def method(self, x, y=1):
        return x

for obj in [plain, gen, coro, agen, Base, Base().method, len, [].append, sys, gen(), 1, lambda: 0]:
    print([f.__name__ for f in (inspect.isfunction, inspect.ismethod, inspect.isclass,
          inspect.ismodule, inspect.isgenerator, inspect.isgeneratorfunction,
          inspect.iscoroutinefunction, inspect.isasyncgenfunction, inspect.isbuiltin,
          inspect.isroutine) if f(obj)])

sig = inspect.signature(plain)
print(sig, repr(sig))
print(sig.parameters)
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default, repr(p), p.annotation is inspect.Parameter.empty)
print(inspect.signature(Base().method), inspect.signature(Base.method), inspect.signature(Child))
print(inspect.signature(Base.cm), inspect.signature(Base.sm))
def annotated(x: int, y: str = "a", *, z: float = 1.0) -> bool: pass
print(inspect.signature(annotated), inspect.signature(annotated).return_annotation)
print(inspect.signature(lambda x, y=3: 0))
b = sig.bind(1, 5, 6, 7, c=3, e=9)
print(b, b.args, b.kwargs, b.arguments)
b.apply_defaults()
print(b)
b2 = inspect.signature(Base.method).bind(None, 10)
b2.apply_defaults()
print(b2.arguments)
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"a": 2}), ((1,), {"zz": 1})]:
    try:
        inspect.signature(annotated).bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
def po(a, b, /, c): pass
try:
    inspect.signature(po).bind(1, b=2, c=3)
except TypeError as e:
    print("TypeError", e)
print(inspect.signature(po))
@functools.wraps(plain)
def wrapper(*a, **k):
    return plain(*a, **k)
print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False))
class Callable:
    def __call__(self, a, b=1): pass
print(inspect.signature(Callable()))
print(inspect.signature(functools.partial(plain, 1)))
p = inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=3)
print(p, repr(p), inspect.Signature([p]), str(inspect.Parameter.VAR_POSITIONAL), repr(inspect.Parameter.VAR_KEYWORD))
try:
    inspect.signature(1)
except TypeError as e:
    print("TypeError", e)
