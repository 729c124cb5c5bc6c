# bin(), hex() and oct() take int subclasses and objects with __index__.
class I:
    def __index__(self): return 10
class B:
    def __index__(self): return "x"
class M(int): pass
print(bin(I()), hex(I()), oct(I()), bin(M(5)), hex(True))
for v in [B(), 1.5, "3"]:
    try: bin(v)
    except TypeError as e: print(e)
