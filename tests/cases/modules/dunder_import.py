m = __import__("math")
print(m.__name__, m.sqrt(16))
print(__import__("os.path").__name__)
print(__import__("os.path", fromlist=["join"]).__name__ == __import__("os").path.__name__)
print(__import__("os.path", None, None, ["join"]).__name__ == __import__("os").path.__name__)
print(__import__("collections", globals(), locals(), [], 0).Counter("aab").most_common(1))
mods = [__import__(n) for n in ("json", "string")]
print([x.__name__ for x in mods])
import builtins
print(builtins.__import__ is __import__)
for args, kw in [(("nosuch",), {}), ((3,), {}), ((), {}), (("",), {}), (("math",), {"bogus": 1})]:
    try:
        __import__(*args, **kw)
    except (ImportError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
