import struct
import hashlib

for f in [lambda: struct.Struct('i') + 1, lambda: hashlib.md5() < 1, lambda: len(hashlib.md5()),
          lambda: struct.Struct('i').foo, lambda: hashlib.sha1().nope]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(type(struct.Struct('i')), type(hashlib.sha256()), type(hashlib.sha256()).__name__)
