# bytearray: the methods it shares with bytes (giving bytearrays), its mutations,
# operators and slice assignment, with CPython's errors.
def attempt(f):
    try:
        r = f()
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b"hello world hello")
for m, a in [("find", (b"lo",)), ("rfind", (b"lo",)), ("index", (b"wor",)), ("rindex", (b"l",)),
             ("count", (b"l",)), ("startswith", (b"he",)), ("endswith", ((b"lo", b"x"),)),
             ("split", ()), ("split", (b"o",)), ("replace", (b"l", b"L")), ("strip", (b"ho",)),
             ("decode", ()), ("hex", ()), ("upper", ()), ("find", (bytearray(b"w"),)), ("find", (111,)),
             ("index", (b"zz",)), ("rindex", (b"zz",)), ("find", ("s",)), ("join", ([b"a", bytearray(b"b")],)),
            
             ("copy", ()), ("count", (108,))]:
    attempt(lambda: getattr(ba, m)(*a))
attempt(lambda: bytearray.fromhex("de ad be ef"))
attempt(lambda: bytearray(b"-").join([b"a", b"b"]))
attempt(lambda: bytearray(b"-").join([1]))
b = bytearray(b"abc")
b.append(100); print(b)
b.extend(b"ef"); print(b)
b.insert(0, 65); print(b)
b.insert(-1, 66); print(b)
b.insert(100, 67); print(b)
print(b.pop(), b.pop(0), b)
b.remove(99); print(b)
attempt(lambda: b.remove(200))
attempt(lambda: b.remove(120))
attempt(lambda: bytearray().pop())
attempt(lambda: b.pop(50))
b.reverse(); print(b)
b[1:3] = b"XYZ"; print(b)
b[::2] = b"...."[:len(b[::2])]; print(b)
del b[0]; print(b)
del b[::2]; print(b)
b += b"++"; print(b)
b *= 2; print(b)
c = b
c += bytearray(b"!")
print(b is c, b)
print(b * 2, 2 * b, b + b"x", b"x" + b)
b[0] = 120; print(b)
try:
    b[0] = 300
except ValueError as e:
    print(e)
try:
    b[0] = b"x"
except TypeError as e:
    print(e)
print(b[0], b[-1], b[1:4], list(b[:3]))
attempt(lambda: b.append(256))
attempt(lambda: b.append("a"))
attempt(lambda: b.insert(0))
attempt(lambda: b.extend(5))
b.clear(); print(b, len(b))
print(bytearray(3), bytearray([1, 2]), bytearray("hé", "utf-8"), bytearray(b"a") == b"a")
print(bytearray(b"abc") < bytearray(b"abd"), b"ab" in bytearray(b"cabd"), 98 in bytearray(b"b"))
x = bytearray(b"abc"); x[1:2] = [1, 2, 3]; print(x)
attempt(lambda: hash(bytearray()))
x = bytearray(b"abc")
try:
    x[0:1] = "ab"
except TypeError as e: print(e)
try:
    x[0:1] = 5
except TypeError as e: print(e)
try:
    x[0:1] = [1, 300]
except ValueError as e: print(e)
try:
    x[::2] = b"abc"
except ValueError as e: print(e)
try:
    del x[10]
except IndexError as e: print(e)
try:
    bytearray(b"a") + 1
except TypeError as e: print(e)
try:
    bytearray(b"a") < "a"
except TypeError as e: print(e)
print(bytearray(b"ab") == bytearray(b"ab"), bytearray(b"ab") != b"ab", b"ab" <= bytearray(b"ac"))
