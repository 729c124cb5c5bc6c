# base64's Ascii85 and base85 codecs: padding, folding, framing, wrapping and their errors.
import base64


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


samples = [b"", b"\0", b"\0" * 4, b"\0" * 5, b"    ", b"hello world", bytes(range(256))[250:], b"\xff" * 7]
for data in samples:
    a = base64.a85encode(data)
    b = base64.b85encode(data)
    print(data[:12], a, b, base64.a85decode(a) == data, base64.b85decode(b) == data)
    print("  pad", base64.a85encode(data, pad=True), base64.b85encode(data, pad=True))
t("a85 foldspaces", lambda: base64.a85encode(b"    x   ", foldspaces=True))
t("a85 adobe", lambda: base64.a85encode(b"hello", adobe=True))
for col in (1, 2, 3, 7, 10):
    t("a85 wrap %d" % col, lambda: base64.a85encode(b"some longer text here", wrapcol=col))
    t("a85 wrap adobe %d" % col, lambda: base64.a85encode(b"some longer text", wrapcol=col, adobe=True))
t("a85 adobe empty", lambda: base64.a85encode(b"", adobe=True, wrapcol=4))
t("a85 dec adobe", lambda: base64.a85decode("<~BOu!rDZ~>", adobe=True))
t("a85 dec adobe no start", lambda: base64.a85decode(b"BOu!rDZ~>", adobe=True))
t("a85 dec adobe no end", lambda: base64.a85decode(b"<~BOu!rDZ", adobe=True))
t("a85 dec spaces", lambda: base64.a85decode(b"BOu!r D]j7B\nEbo7", ignorechars=b" \n"))
t("a85 dec y", lambda: base64.a85decode(b"yy", foldspaces=True))
t("a85 dec y off", lambda: base64.a85decode(b"y"))
t("a85 dec z mid", lambda: base64.a85decode(b"ab z"))
t("a85 dec y mid", lambda: base64.a85decode(b"aby", foldspaces=True))
t("a85 dec bad", lambda: base64.a85decode(b"ab~cd"))
t("a85 dec overflow", lambda: base64.a85decode(b"uuuuu"))
t("a85 dec short", lambda: base64.a85decode(b"a"))
t("a85 enc str", lambda: base64.a85encode("x"))
t("b85 dec str", lambda: base64.b85decode("Xk~0{Zv"))
t("b85 dec bad", lambda: base64.b85decode(b"Xk~0\"Zv"))
t("b85 dec overflow", lambda: base64.b85decode(b"~~~~~"))
t("b85 dec short", lambda: base64.b85decode(b"X"))
t("b85 enc list", lambda: base64.b85encode([1]))
t("b85 enc mv", lambda: base64.b85encode(memoryview(b"abc")))
print(sorted(base64.__all__))
