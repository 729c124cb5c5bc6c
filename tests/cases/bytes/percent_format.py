print(b"go%d" % 3, b"%s-%s" % (b"a", bytearray(b"b")), b"%5d|%-4x|%04.1f" % (42, 255, 2.5))
print(b"%r %a" % ("é", b"x"), b"%c%c" % (65, b"z"), b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7})
print(bytearray(b"%b!") % b"hi", b"100%%", b"%s" % memoryview(b"mv"))
class B:
    def __bytes__(self): return b"custom"
print(b"<%s>" % B(), b"%10b|" % b"r", b"%.2s" % b"abcdef")
for fmt, arg in [(b"%s", "str"), (b"%c", 300), (b"%c", "x"), (b"%d", b"1"), (b"%y", 1), (b"%s %s", (b"1",))]:
    try:
        print(fmt % arg)
    except Exception as e:
        print(type(e).__name__, e)
try: print("%b" % b"x")
except Exception as e: print(type(e).__name__, e)
