class C:
    def __complex__(self): return 2 + 3j
class F:
    def __float__(self): return 1.5
class I:
    def __index__(self): return 4
class Both:
    def __complex__(self): return 1j
    def __float__(self): return 9.0
print(complex(C()), complex(F()), complex(I()), complex(Both()))
print(complex(F(), F()), complex(1, I()), complex(F(), 2))
class BadC:
    def __complex__(self): return 5
class BadF:
    def __float__(self): return "x"
for args in [(BadC(),), (BadF(),), (object(),), (1, object()), (C(), C())]:
    try:
        print(complex(*args))
    except TypeError as e:
        print("TypeError:", e)
class MyInt(int): pass
class MyFloat(float): pass
print(complex(MyInt(3)), complex(MyFloat(1.5), MyInt(2)))
