# Built-in functions stored in a class stay unbound when looked up on an instance;
# methods of built-in types (method descriptors) bind like Python functions.
import logging
import math
import operator
import time


class Tools:
    conv = time.gmtime
    size = len
    magnitude = abs
    root = math.sqrt
    shout = str.upper
    add = operator.add
    pick = max


t = Tools()
print(t.conv(0).tm_year, t.conv(86400).tm_yday)
print(t.size([1, 2, 3]), t.magnitude(-7), t.root(16.0))
print(t.add(2, 3), t.pick(4, 9, 1))
print(t.size, Tools.size is len, t.size is len)
print(Tools.shout("abc"))
try:
    t.shout()
except TypeError as e:
    print("TypeError:", e)


class Word(str):
    loud = str.upper


print(Word("hey").loud())


class UtcFormatter(logging.Formatter):
    converter = time.gmtime


record = logging.LogRecord("app", logging.INFO, "x.py", 1, "started %s", ("ok",), None)
record.created = 86400 * 365
print(UtcFormatter("%(asctime)s %(levelname)s %(message)s", "%Y-%m-%d %H:%M").format(record))
plain = logging.Formatter("%(asctime)s|%(message)s", "%Y")
plain.converter = time.gmtime
print(plain.format(record))


class Counter:
    def __init__(self):
        self.items = []

    push = list.append


try:
    Counter().push(1)
except TypeError as e:
    print("TypeError:", e)
