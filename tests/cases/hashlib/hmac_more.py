# hmac: digestmod forms, key lengths around the block size, incremental updates, copies, errors.
import hashlib
import hmac


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for mod in ("sha1", "SHA256", hashlib.sha512, hashlib.md5, "sha3_256"):
    h = hmac.new(b"secret", b"payload", mod)
    print(h.name, h.digest_size, h.block_size, h.hexdigest()[:24])

for size in (0, 1, 63, 64, 65, 128, 129, 200):
    key = bytes(range(size % 256)) * (size // 256 + 1)
    key = key[:size]
    print(size, hmac.new(key, b"m", "sha256").hexdigest()[:16], hmac.new(bytearray(key), b"m", "sha512").hexdigest()[:16])

h = hmac.HMAC(b"k", digestmod="sha256")
for piece in (b"ab", bytearray(b"cd"), memoryview(b"ef")):
    h.update(piece)
print(h.hexdigest() == hmac.new(b"k", b"abcdef", "sha256").hexdigest(), h.digest() == hmac.digest(b"k", b"abcdef", "sha256"))
c = h.copy()
c.update(b"g")
print(c.hexdigest() != h.hexdigest(), type(c) is hmac.HMAC, c.name, c.digest_size)
print(hmac.digest(b"k", b"v", hashlib.sha1) == hmac.new(b"k", b"v", "sha1").digest())
print(isinstance(hmac.new(b"k", digestmod="md5"), hmac.HMAC), hmac.digest_size)

t("no digestmod", lambda: hmac.HMAC(b"k"))
t("empty digestmod", lambda: hmac.new(b"k", b"m", ""))
t("None digestmod", lambda: hmac.new(b"k", b"m", None))
t("str key", lambda: hmac.HMAC("k", digestmod="md5"))
t("int key", lambda: hmac.new(5, digestmod="md5"))
t("mv key", lambda: hmac.new(memoryview(b"k"), digestmod="md5").hexdigest())
t("str msg", lambda: hmac.new(b"k", digestmod="md5").update("x"))
t("cmp bytearray", lambda: hmac.compare_digest(bytearray(b"ab"), b"ab"))
t("cmp empty", lambda: hmac.compare_digest(b"", b""))
t("cmp nonascii", lambda: hmac.compare_digest("é", "é"))
t("cmp mixed", lambda: hmac.compare_digest(b"a", "a"))
t("cmp list", lambda: hmac.compare_digest([1], [1]))
