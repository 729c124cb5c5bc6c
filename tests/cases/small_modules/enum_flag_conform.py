# Flag values with bits that name no member: CPython 3.11's CONFORM boundary drops them.
import enum
class F(enum.Flag):
    A = 1
    B = 2
    C = 8
for v in [9, 4, 12, 0, 11, 16, -1, -2, -9, 2**70 + 1]:
    try:
        print(v, repr(F(v)), str(F(v)), F(v).value)
    except Exception as e:
        print(v, type(e).__name__, e)
for v in ["x", 1.0]:
    try:
        print(repr(F(v)))
    except Exception as e:
        print(type(e).__name__, e)
print(F(4) is F(0), F(13) is F.A | F.C, list(F(15)), ~F.A)
