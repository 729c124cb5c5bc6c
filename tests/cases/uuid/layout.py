# The byte layouts, versions and variants of UUIDs, and the range check of each field.
import uuid
u = uuid.UUID(bytes_le=bytes(range(16)))
print(u, u.bytes_le == bytes(range(16)), u.fields, u.time, u.clock_seq, u.variant, u.version)
for v in range(1, 6):
    w = uuid.UUID(int=2**128 - 1, version=v)
    print(w, w.version, w.variant, w.hex, w.urn, repr(w))
print(uuid.UUID(fields=(1, 2, 3, 4, 5, 6)), uuid.UUID(int=5) == 5, uuid.UUID(int=5) != uuid.UUID(int=5))
try:
    uuid.UUID(fields=(1, 2, 3, 4, 256, 6))
except ValueError as e:
    print(e)
for i in range(6):
    parts = [0] * 6
    parts[i] = 2 ** 48
    try:
        uuid.UUID(fields=parts)
    except ValueError as e:
        print(e)
