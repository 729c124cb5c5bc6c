import keyword
import secrets
import os

print(keyword.kwlist, keyword.softkwlist)
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.iskeyword('x'))
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(1)).__name__)
print(len(secrets.token_hex(8)), all(c in '0123456789abcdef' for c in secrets.token_hex()))
tok = secrets.token_urlsafe(16)
print(len(tok), all(c.isalnum() or c in '-_' for c in tok), len(secrets.token_urlsafe()))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), all(secrets.randbits(5) < 32 for _ in range(100)), secrets.randbits(0))
print(secrets.choice('a'), secrets.choice([7, 7, 7]), secrets.compare_digest('ab', 'ab'), secrets.compare_digest(b'a', b'b'))
print(len(os.urandom(0)), len(os.urandom(17)), len(set(secrets.token_hex() for _ in range(20))))
for bad in [lambda: secrets.randbelow(0), lambda: secrets.choice([]), lambda: os.urandom(-1), lambda: os.urandom('x'), lambda: secrets.randbits(-1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
