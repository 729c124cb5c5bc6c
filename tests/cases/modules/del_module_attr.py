import math
import types

math.answer = 42
print(math.answer)
del math.answer
print(hasattr(math, "answer"))
try:
    del math.answer
except AttributeError as e:
    print("AttributeError", e)

import string
string.extra = 1
delattr(string, "extra")
print(hasattr(string, "extra"))
try:
    delattr(string, "zzz")
except AttributeError as e:
    print("AttributeError", e)

import json
saved = json.dumps
del json.dumps
print(hasattr(json, "dumps"))
json.dumps = saved
print(json.dumps([1]))
