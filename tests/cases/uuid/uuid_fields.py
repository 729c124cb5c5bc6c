# UUID fields, variants and versions across the bit patterns, ordering, and bad arguments.
import uuid

for n in (0, 1, (1 << 128) - 1, 0x123456789abcdef0fedcba9876543210, 0xa0 << 56, 0xc0 << 56, 0xe0 << 56):
    u = uuid.UUID(int=n)
    print(u, u.fields, u.variant, u.version, u.time, u.clock_seq, u.node, u.bytes_le.hex(), u.urn)
for v in (1, 2, 3, 4, 5):
    u = uuid.UUID(int=(1 << 128) - 1, version=v)
    print(v, u, u.variant, u.version, repr(u))
u = uuid.UUID(fields=(1, 2, 3, 4, 5, 6))
print(u, u == uuid.UUID(bytes=u.bytes), u == uuid.UUID(bytes_le=u.bytes_le), hash(u) == hash(u.int))
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == 1, sorted([b, a]), int(b))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_URL, 'https://x'), uuid.uuid5(uuid.NAMESPACE_OID, '1.2'))
print(uuid.UUID('{12345678-1234-5678-1234-567812345678}'), uuid.UUID('urn:uuid:12345678123456781234567812345678'))
u1 = uuid.uuid1(node=0x1234, clock_seq=0x2345)
print(u1.version, u1.variant, hex(u1.node), hex(u1.clock_seq))
print(uuid.uuid4().version, uuid.uuid4().variant)
try:
    a < 3
except TypeError as e:
    print('TypeError', e)
try:
    a.int = 3
except TypeError as e:
    print('TypeError', e)
for kwargs in (dict(hex='xyz'), dict(), dict(hex='0' * 32, int=1), dict(int=-1), dict(int=1 << 128),
               dict(int=0, version=6), dict(fields=(1, 2)), dict(fields=(1 << 32, 0, 0, 0, 0, 0)),
               dict(fields=(0, 0, 0, 0, 256, 0)), dict(bytes=b'short'), dict(bytes_le=b'x' * 17)):
    try:
        uuid.UUID(**kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
