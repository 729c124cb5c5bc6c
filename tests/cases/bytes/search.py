b = b'banana'
print(b.find(b'an'), b.find(b'x'), b.find(b''), b.find(110), b.count(b'a'), b.count(b'an'), b.count(110))
print(b.startswith(b'ban'), b.startswith((b'x', b'b')), b.endswith(b'na'), b.endswith(b''))
print(b.replace(b'a', b'o'), b.replace(b'an', b'', 1), b.replace(b'x', b'y'), b.replace(b'a', b'A', -1))
print(b'  pad  '.strip(), b'xxpadyy'.strip(b'xy'), b'\t\n'.strip(), b'abc'.strip(b''))
print(b'Hello World 123'.upper(), b'Hello World 123'.lower(), b'\xe9'.upper())
try:
    b.find(300)
except ValueError as e:
    print(e)
