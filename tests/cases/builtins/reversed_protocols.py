# reversed() takes dict subclasses, bytes and objects with __len__ and __getitem__.
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(Seq())), list(reversed(b"abc")), list(reversed(bytearray(b"xy"))))
from collections import OrderedDict, Counter
print(list(reversed(OrderedDict(a=1, b=2))), list(reversed(Counter("abc"))))
