def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(lambda: '\u20ac'.encode('ascii'))
attempt(lambda: 'ab\U0001F600'.encode('latin-1'))
attempt(lambda: 'x\u20ac'.encode('ascii', 'bogus'))
attempt(lambda: 'x'.encode('no-such-codec'))
attempt(lambda: b'\x80abc'.decode())
attempt(lambda: b'abc\xc3'.decode())
attempt(lambda: b'\xc3\x28'.decode())
attempt(lambda: b'\xed\xa0\x80'.decode())
attempt(lambda: b'\xf0\x9f\x98'.decode())
attempt(lambda: b'abc\xff'.decode('ascii'))
attempt(lambda: b'\xff'.decode('utf-8', 'bogus'))
attempt(lambda: b'x'.decode('no-such-codec'))
attempt(lambda: 'x'.encode(1))
attempt(lambda: 'a\u20acb'.encode('ascii'))
