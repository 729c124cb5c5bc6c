s = 'naïve café €'
for enc in ['utf-8', 'UTF8', 'latin-1', 'ascii']:
    for errors in ['strict', 'ignore', 'replace']:
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, type(e).__name__, e)
data = s.encode()
print(data.decode(), data.decode('utf-8') == s, data.decode('latin-1'))
print(b'ok\xff\xfe'.decode('utf-8', 'replace'), b'ok\xff'.decode('ascii', 'ignore'))
print(b'\xe2\x82\xac'.decode(), b'\xf0\x9f\x98\x80'.decode() == '\U0001F600')
print('x'.encode(encoding='ascii'), b'y'.decode(encoding='ascii', errors='strict'))
