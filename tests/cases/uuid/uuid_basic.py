import uuid

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.urn, u.version, u.variant)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
for text in ['{12345678-1234-5678-1234-567812345678}', '12345678123456781234567812345678',
             'urn:uuid:12345678-1234-5678-1234-567812345678', '12345678-1234-5678-1234-56781234567',
             'zz345678-1234-5678-1234-567812345678']:
    try:
        print(uuid.UUID(text) == u)
    except ValueError as e:
        print('ValueError', e)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(int=u.int) == u, uuid.UUID(fields=u.fields) == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com/'), uuid.uuid3(uuid.NAMESPACE_OID, '1.2.3'), uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x'))
a = uuid.uuid4()
print(len(str(a)), a.version, a.variant, str(a)[14], str(a)[19] in '89ab', a != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, len(t.hex), uuid.uuid1() > t or True)
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2)]), uuid.UUID(int=7) < uuid.UUID(int=8), hash(uuid.UUID(int=3)) == hash(3))
print(uuid.UUID('00000000-0000-0000-c000-000000000000').variant, uuid.UUID(int=0).variant, uuid.UUID(int=0).version, uuid.UUID(int=2**128 - 1).variant)
print(uuid.UUID(int=1, version=4), uuid.NAMESPACE_DNS, int(uuid.NAMESPACE_URL), uuid.SafeUUID.unknown, u.is_safe)
for bad in [lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(bytes=b'x'), lambda: uuid.UUID(hex='0' * 32, int=1),
            lambda: uuid.UUID(fields=(1, 2, 3)), lambda: uuid.UUID(fields=(2**32, 0, 0, 0, 0, 0)), lambda: uuid.UUID(int=1, version=9),
            lambda: setattr(u, 'int', 3), lambda: u < 5, lambda: uuid.uuid3(uuid.NAMESPACE_DNS, b'x')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
