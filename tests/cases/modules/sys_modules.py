# sys.modules is the dict import looks in; types.ModuleType makes module objects.
import sys
import types

print(type(sys.modules).__name__, "sys" in sys.modules, sys.modules["__main__"].__name__)
print("textwrap" in sys.modules)
import textwrap

print("textwrap" in sys.modules, sys.modules["textwrap"] is textwrap)

# A module put in sys.modules is what import gives.
plugin = types.ModuleType("plugin", "A plugin made at run time.")
plugin.value = 42
plugin.greet = lambda name: f"hello {name}"
sys.modules["plugin"] = plugin
import plugin as imported
from plugin import value, greet

print(imported is plugin, value, greet("you"), imported.__doc__, imported.__name__)
print(sorted(vars(plugin)))

# Deleting the entry makes the next import run the module again.
del sys.modules["plugin"]
try:
    import plugin
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
textwrap.marker = "old"
del sys.modules["textwrap"]
import textwrap as fresh

print(fresh is textwrap, hasattr(fresh, "marker"), fresh.dedent("  x"))

# Anything can stand in for a module.
sys.modules["settings"] = {"debug": True}
import settings

print(settings)

for args, kwargs in [
    ((), {}),
    ((1,), {}),
    (("a", "b", "c"), {}),
    ((), {"name": "x", "doc": "d"}),
    (("x",), {"bad": 1}),
    (("x",), {"name": "y"}),
]:
    try:
        m = types.ModuleType(*args, **kwargs)
        print(repr(m), m.__dict__)
    except TypeError as e:
        print(type(e).__name__, e)

config = types.ModuleType("config")
config.debug = True
print(config.debug, isinstance(config, types.ModuleType), type(config), config)
print(type(sys) is types.ModuleType, isinstance(textwrap, types.ModuleType))
