# int() and float() parse bytes-like objects as ASCII text.
print(int(b"12"), int(bytearray(b" 7 ")), int(memoryview(b"-3")), int(b"1_000"))
print(int(b"ff", 16), int(b" 0x1f ", 0), int(bytearray(b"101"), 2))
print(float(b"1.5"), float(bytearray(b" -2e3 ")), float(b"inf"), float(b"1_0.5"))
for bad in [b"x1", bytearray(b"x"), b"\xff1", b"", b"1 2", b"\xd9\xa1"]:
    for conv in (int, float):
        try:
            print(conv(bad))
        except ValueError as e:
            print(conv.__name__, "ValueError:", e)
for args in [(b"12", 40), (b"z", 36), (b"9", 8)]:
    try:
        print(int(*args))
    except ValueError as e:
        print("ValueError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)


def double(x):
    return 2 * x


sm = staticmethod(double)
print(sm(21), sm(x=4), callable(sm))
try:
    sm(1, 2)
except TypeError as e:
    print("TypeError:", e)
