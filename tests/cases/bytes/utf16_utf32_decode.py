# UTF-16 and UTF-32 to str: byte order marks, both byte orders, surrogate pairs, and
# CPython's failures (named with the byte order) under strict, replace and ignore.
for text in ["héllo", "😀 ok", ""]:
    for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
        data = text.encode(enc)
        assert data.decode(enc) == text, (text, enc)
    print(repr(text), text.encode("utf-16").decode("utf-16"), text.encode("utf-32-be").decode("utf-32-be"))
print(b"\xfe\xff\x00a\xd8=\xde\x00".decode("utf-16"), b"\x00\x00\xfe\xff\x00\x00\x00z".decode("utf-32"), b"a\x00".decode("utf-16"))
for data, enc in [(b"\x00", "utf-16"), (b"\xff\xfea\x00\x00\xd8", "utf-16"), (b"a\x00\x00\xd8b\x00", "utf-16-le"),
                  (b"a\x00\x00\xdc", "utf-16-le"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le"),
                  (b"ab", "utf-32"), (b"\x00a\x00", "utf-16-be")]:
    try:
        print(repr(data.decode(enc)))
    except UnicodeDecodeError as e:
        print(e, "|", e.start, e.end, "|", data.decode(enc, "replace"), "|", data.decode(enc, "ignore"))
