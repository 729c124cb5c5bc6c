# UnicodeDecodeError and UnicodeEncodeError carry encoding, object, start, end and
# reason, and their str() is built from them, also when made by hand.
samples = [b"caf\xc3\xa9 \xff", b"ab\xe2\x82", b"\xc3(", b"ok\x80\x81"]
for raw in samples:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(e)
        print(" ", e.encoding, e.object, e.start, e.end, e.reason, e.args == (e.encoding, e.object, e.start, e.end, e.reason))
try:
    b"\x80abc".decode("ascii")
except UnicodeError as e:
    print(type(e).__name__, e, isinstance(e, ValueError), repr(e))
try:
    bytearray(b"x\xfe").decode()
except UnicodeDecodeError as e:
    print(e, type(e.object).__name__)
for text, codec in [("café ☃", "ascii"), ("naïve ünïcode", "ascii"), ("x€", "latin-1"), ("😀", "ascii")]:
    try:
        text.encode(codec)
    except UnicodeEncodeError as e:
        print(e)
        print(" ", e.encoding, repr(e.object), e.start, e.end, e.reason)
e = UnicodeDecodeError("utf-8", b"\x00\xff\xfe", 1, 3, "made up")
print(e, e.start, e.end)
e = UnicodeEncodeError("ascii", "a\u20acb", 1, 2, "nope")
print(e, repr(e))
print(str(UnicodeError("plain")), str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "x").reason))
try:
    raise UnicodeDecodeError("utf-16", b"\x00", 0, 1, "truncated data")
except ValueError as e:
    print("caught as ValueError:", e)
