# bytes and bytearray strip/lstrip/rstrip, with and without the bytes to drop.
for b in (b'  ab  ', b'', b'xxaxx', bytearray(b' q ')):
    print(b.lstrip(), b.rstrip(), b.strip(), b.lstrip(b'x'), b.rstrip(b'x'), b.strip(b'x '))
try: b'a'.lstrip(1)
except TypeError as e: print(e)
try: b'a'.rstrip(b'a', b'b')
except TypeError as e: print(e)
