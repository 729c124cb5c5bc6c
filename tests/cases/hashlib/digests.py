import hashlib

for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b', 'blake2s']:
    h = getattr(hashlib, name)(b'abc')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    print('  ', hashlib.new(name, b'a' * 200).hexdigest())

h = hashlib.sha256()
h.update(b'hello ')
c = h.copy()
h.update(b'world')
print(h.hexdigest(), c.hexdigest())
print(h.digest())
print(hashlib.sha256(b'hello world').hexdigest() == h.hexdigest())
print(hashlib.md5(bytearray(b'xyz')).hexdigest(), hashlib.sha1(string=b'x').hexdigest())
print(hashlib.new('SHA1', data=b'q').hexdigest(), hashlib.new('md5', b'q').hexdigest())
print(hashlib.sha256(usedforsecurity=False).hexdigest())
print(type(hashlib.md5()), type(hashlib.md5()).__name__)
print('sha256' in hashlib.algorithms_available, 'md5' in hashlib.algorithms_guaranteed)
big = hashlib.sha512()
for i in range(1000):
    big.update(str(i).encode())
print(big.hexdigest())
print(len(hashlib.sha384().digest()), repr(hashlib.md5().digest()))

for f in [lambda: hashlib.sha256(data=b'x'), lambda: hashlib.sha256('s'),
          lambda: hashlib.sha256(1), lambda: hashlib.new('foo'),
          lambda: hashlib.sha256(b'a').update('x'), lambda: hashlib.sha256(b'a').update(),
          lambda: hashlib.sha256(b'a', b'b'), lambda: hashlib.new(),
          lambda: hashlib.new(1), lambda: hashlib.sha256().update(b'a', b'b'),
          lambda: hashlib.sha256().hexdigest(1), lambda: hashlib.new('md5', b'a', b'b'),
          lambda: hashlib.new('md5', b'a', data=b'b'), lambda: hashlib.new('md5', foo=1),
          lambda: hashlib.sha256(b'a', string=b'b'), lambda: hashlib.md5(None), lambda: hashlib.new('md5', string=b'x')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
