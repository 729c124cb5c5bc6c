async def f(): return 1
c = f()
print(type(c).__name__, c.cr_running, c.__name__, c.__qualname__)
try: c.send(None)
except StopIteration as e: print("stop", e.value)
try: c.send(None)
except RuntimeError as e: print(e)
async def g(): await 1
try: g().send(None)
except TypeError as e: print(e)
class A:
    def __await__(self): return 5
async def h(): await A()
try: h().send(None)
except TypeError as e: print(e)
async def k():
    async with 1: pass
try: k().send(None)
except Exception as e: print(type(e).__name__, e)
async def k2():
    async for x in 1: pass
try: k2().send(None)
except Exception as e: print(type(e).__name__, e)
class B:
    def __aiter__(self): return 1
async def k3():
    async for x in B(): pass
try: k3().send(None)
except Exception as e: print(type(e).__name__, e)
class C:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return 1
async def k4():
    async with C(): pass
try: k4().send(None)
except Exception as e: print(type(e).__name__, e)
class D:
    def __aenter__(self): return 1
    def __aexit__(self, *a): return 1
async def k5():
    async with D(): pass
try: k5().send(None)
except Exception as e: print(type(e).__name__, e)
class E:
    def __aiter__(self): return self
    def __anext__(self): return 1
async def k6():
    async for x in E(): pass
try: k6().send(None)
except Exception as e: print(type(e).__name__, e)
c = f()
c.close()
def gen(): yield
c = f()
try: next(c)
except TypeError as e: print(e)
try: iter(c)
except TypeError as e: print(e)
c.close()
c = f()
print(type(c.__await__()).__name__)
try:
    c.send(1)
except TypeError as e:
    print(e)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(e)
async def bad():
    raise StopIteration
try:
    bad().send(None)
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
async def thrower():
    try:
        await Fut()
    except KeyError as e:
        print("got", repr(e))
        return "recovered"
class Fut:
    def __await__(self):
        yield "waiting"
c = thrower()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("stop", e.value)
