# inspect: what kind of object a value is, its members, docs, module, source and stack.
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

print(inspect.getdoc(plain))
print(inspect.getdoc(Child), inspect.getdoc(Child.method), inspect.getdoc(Child("n").method))
print(inspect.cleandoc("""
    Hello
      world
    """))
members = inspect.getmembers(Child, inspect.isfunction)
print([name for name, _ in members])
print([n for n, v in inspect.getmembers(types.SimpleNamespace(b=1, a=2)) if not n.startswith('_')])
print(inspect.getmodule(plain) is sys.modules[__name__], inspect.getmodule(collections.OrderedDict).__name__)
def where():
    f = inspect.currentframe()
    return f.f_code.co_name, f.f_back.f_code.co_name
print(where())
def st():
    s = inspect.stack()
    return [(fi.function, fi.lineno, fi.code_context, fi.index) for fi in s]
print(st())
print(inspect.getsource(plain))
print(inspect.getsource(Base))
print(inspect.getsourcelines(gen)[1], inspect.getfile(plain) == __file__)
class Waiter:
    def __await__(self):
        yield


print(inspect.isawaitable(Waiter()), inspect.isawaitable(1), inspect.isabstract(Base))
