print(str(b'caf\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'), str(b'\xff', 'utf-8', 'replace'), str(b'x', errors='strict'), str(bytearray(b'hi'), 'utf-8'))
print(str(object="kw"), repr(str(encoding="utf-8")), str(b"bytes repr"), str(memoryview(b"mv"), "ascii") if False else "")
for a, k in [(('x', 'utf-8'), {}), ((b'a', 1), {}), ((1, 'utf-8'), {}), ((b'a', 'utf-8', 'strict', 4), {}), ((), {'object': 'x'}),
             ((b'\xff', 'ascii'), {}), ((b'a',), {'bad': 1}), ((b'a', 'no-such-codec'), {})]:
    try:
        print(repr(str(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(1,), ([1], 2), ([1], None)]:
    try:
        list(zip(*args))
    except TypeError as e:
        print(e)
data = "naïve résumé".encode("utf-8")
print(len(data), str(data, "utf-8") == data.decode(), str(data, "latin-1"))
