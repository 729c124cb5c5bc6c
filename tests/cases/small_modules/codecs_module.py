# codecs: lookup names, text and bytes transforms (rot13, hex, base64), encoder and
# decoder functions, incremental iterdecode, BOMs, codecs.open and the wrapped errors.
import codecs, os, tempfile
print(codecs.lookup('UTF8').name, codecs.lookup('latin1').name, codecs.lookup('ascii').name, codecs.lookup('utf-16').name, codecs.lookup('rot13').name, codecs.lookup('hex').name)
print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"), codecs.encode("héllo"), codecs.decode(b"h\xc3\xa9", "utf-8"))
print(codecs.encode(b'ab', 'hex'), codecs.decode('6162', 'hex'), codecs.encode(b'hi', 'base64'), codecs.decode(b'aGk=\n', 'base64'))
print(codecs.getencoder('utf-8')('é'), codecs.getdecoder('utf-8')(b'\xc3\xa9'), codecs.lookup('utf-8').encode('x'))
for f, a in [(codecs.lookup, ('nope',)), (codecs.encode, (b'x', 'utf-8')), (codecs.decode, ('x', 'utf-8')), (codecs.encode, (5, 'rot13'))]:
    try:
        f(*a)
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
print(list(codecs.iterdecode([b'a', b'\xc3', b'\xa9', b'z'], 'utf-8')), list(codecs.iterencode(['a', '', 'é'], 'utf-8')))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16, codecs.BOM_UTF32_BE)
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with codecs.open(p, "w", encoding="utf-8") as f:
    f.write("naïve café\n")
with codecs.open(p, "r", "utf-8") as f:
    print(repr(f.read()))
with open(p, "rb") as f:
    print(f.read())
os.remove(p); os.rmdir(d)
