# base64 entry points not covered elsewhere: altchars, str inputs, file helpers, base32 padding.
import base64
import io


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


t("mv", lambda: base64.b64encode(memoryview(b"abcd")))
t("alt str", lambda: base64.b64decode("-_8=", altchars="-_"))
t("alt bytes", lambda: base64.b64decode(b"-_8=", altchars=b"-_"))
t("alt enc", lambda: base64.b64encode(b"\xfb\xff", altchars=b"*!"))
t("alt bad", lambda: base64.b64encode(b"x", altchars=b"abc"))
t("url str", lambda: base64.urlsafe_b64decode("-_-_"))
t("url bytearray", lambda: base64.urlsafe_b64decode(bytearray(b"YWJj")))
t("url enc", lambda: base64.urlsafe_b64encode(bytearray(b"\xff\xfe\xfd")))
t("std dec", lambda: base64.standard_b64decode("YWJj"))
t("dec list", lambda: base64.b64decode([1, 2]))
t("dec bytearray", lambda: base64.b64decode(bytearray(b"YWJj")))
t("enc int", lambda: base64.b64encode(3))
t("b32 all", lambda: [base64.b32encode(b"abcde"[:n]) for n in range(6)])
t("b32hex all", lambda: [base64.b32hexencode(b"\xff\x00\x10\x20\x30"[:n]) for n in range(6)])
t("b32hex dec", lambda: base64.b32hexdecode(b"C5H66==="))
t("b32hex fold", lambda: base64.b32hexdecode(b"c5h66===", casefold=True))
t("b32hex bad", lambda: base64.b32hexdecode(b"C5H66W=="))
t("b32 str", lambda: base64.b32decode("MFRGG==="))
for pad in ("MFRGGZDF", "MFRGGZA=", "MFRGG===", "MFRA====", "ME======", "M=======", "MFR=====", "MFRGGZ=="):
    t("b32 " + pad, lambda: base64.b32decode(pad))
t("b32 lower", lambda: base64.b32decode(b"mfrgg==="))
t("b32 map01", lambda: base64.b32decode(b"0I======", map01=b"I"))
t("b32 map01 L", lambda: base64.b32decode(b"1I======", map01="L"))
t("b32 enc str", lambda: base64.b32encode("abc"))
t("b32 enc mv", lambda: base64.b32encode(memoryview(b"abc")))
t("b16 enc", lambda: base64.b16encode(bytearray(b"\x00\xff")))
t("b16 enc str", lambda: base64.b16encode("ab"))
t("b16 str", lambda: base64.b16decode("00FF"))
t("b16 odd", lambda: base64.b16decode("0"))
t("b16 bad", lambda: base64.b16decode(b"0G"))
t("encodebytes str", lambda: base64.encodebytes("abc"))
t("encodebytes empty", lambda: base64.encodebytes(b""))
t("encodebytes 57", lambda: base64.encodebytes(b"y" * 57))
t("encodebytes 58", lambda: base64.encodebytes(b"y" * 58))
t("decodebytes str", lambda: base64.decodebytes("YWJj"))
t("decodebytes mv", lambda: base64.decodebytes(memoryview(b"YWJj")))

src = io.BytesIO(b"z" * 130)
dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), back)
print(back.getvalue() == b"z" * 130)
