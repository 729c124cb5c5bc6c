class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
class MyInt(int): pass
data = list(range(10))
print(data[Idx(2):Idx(8):Idx(2)], data[:Idx(3)], data[MyInt(7):], "abcdef"[Idx(1):Idx(-1)], (1, 2, 3)[Idx(1):])
print(range(20)[Idx(5):Idx(15):Idx(5)], b"bytes"[Idx(1):Idx(3)], bytearray(b"xyz")[Idx(1):])
data[Idx(0):Idx(2)] = ["a", "b"]
del data[Idx(8):]
print(data, slice(Idx(1), Idx(5)).indices(3))
ba = bytearray(b"hello")
ba[Idx(0):Idx(1)] = b"J"
print(ba, memoryview(b"abcdef")[Idx(2):Idx(4)].tobytes())
try:
    data["a":]
except TypeError as e:
    print(e)
class NoIdx: pass
try:
    data[NoIdx():]
except TypeError as e:
    print(e)
def f(): pass
print(f.__globals__ is globals(), f.__globals__["__name__"], sorted(k for k in f.__globals__ if not k.startswith("__"))[:3])
