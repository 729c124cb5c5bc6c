import hmac, hashlib
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
h = hmac.new(b'key', b'msg', 'sha256')
print(h.hexdigest(), h.name, h.digest_size, h.block_size)
h2 = h.copy(); h2.update(b'more'); print(h2.hexdigest(), h.hexdigest())
print(hmac.new(b'k' * 100, b'x', hashlib.sha1).hexdigest())
print(hmac.new(b'k', digestmod=hashlib.md5).digest())
print(hmac.digest(b'key', b'msg', 'sha512').hex())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('abc', 'abd'), hmac.compare_digest(b'a', b'ab'))
t(lambda: hmac.new(b'key', b'msg'))
t(lambda: hmac.new('key', b'msg', 'sha256'))
t(lambda: hmac.compare_digest('a', b'a'))
t(lambda: hmac.compare_digest(1, 2))
t(lambda: hmac.new(b'k', 'm', 'md5'))
