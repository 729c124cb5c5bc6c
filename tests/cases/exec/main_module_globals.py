# The names a script's namespace starts with, and the builtins module.
import os
print(dir())
print(sorted(k for k in globals() if k.startswith("__")))
print(os.path.basename(__file__), os.path.isabs(__file__), __name__, __doc__, __package__)
import builtins
print(builtins.len("abc"), builtins.max is max, type(__builtins__).__name__)
builtins.greeting = "hi"
print(greeting)
