# reprs, __module__ and __qualname__ of built-in functions, methods, types and modules.
import collections
import datetime
import itertools
import json
import math
import random
import re
import sys
import threading
import types


def show(*values):
    print(*[re.sub(r"0x[0-9a-f]+", "0x...", str(v)) for v in values])


for t in [collections.OrderedDict, collections.defaultdict, collections.Counter,
          collections.deque, collections.namedtuple("Point", "x y"), itertools.chain,
          random.Random, re.Pattern, threading.Thread, datetime.date, int, type(None),
          type(len), type([].append), type(math), type(iter([])), type(x for x in [])]:
    show(t.__name__, t.__module__, t.__qualname__, t)

show(list.append, list.append.__qualname__, list.append.__name__)
show([].append, [].append.__qualname__, [].append.__module__, [].append.__self__)
show(str.join, "a".join, str.join.__qualname__, collections.deque.append)
show(len, len.__qualname__, len.__module__, print.__module__)
show(math.sqrt, math.sqrt.__module__, math.sqrt.__qualname__, json.dumps.__module__)
show(object.__init__, int.__add__, list.__len__, list.__getitem__, object().__str__.__qualname__)
show(math, sys, type(sys), types.ModuleType("made"))
show(json.__name__, repr(json).startswith("<module 'json' from '"))


class Account:
    def deposit(self, amount):
        return amount

    @classmethod
    def open(cls):
        return cls()

    def __repr__(self):
        return "Account()"


show(Account.deposit, Account().deposit, Account.open, Account().deposit.__qualname__)
show(Account.deposit.__module__, Account.__module__, Account().deposit.__func__)
show(type(Account().deposit), type(len), type(list.append).__name__)
try:
    list.append.__module__
except AttributeError as e:
    show("AttributeError", e)
