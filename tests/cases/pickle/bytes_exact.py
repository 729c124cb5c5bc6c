# pickle.dumps gives CPython's exact bytes for the default protocol (4, framed)
# and the older protocols, for the common built-in types.
import pickle

values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -5, 2**31 - 1,
          -2**31, 2**31, 2**40, 2**100, -2**100, 10**30, 0.0, 1.5, -2.25e300,
          float('inf'), '', 'abc', 'héllo €', 'x' * 300, b'', b'xy',
          bytes(range(10)), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [],
          [1], [1, 2], {}, {'a': 1}, {'a': 1, 'b': [1, 2]}, set(), {7},
          {1, 2, 3}, frozenset(), frozenset([5]), bytearray(b'ab'), 2j,
          range(1, 10, 2), slice(1, 5), ..., NotImplemented, type(None), len,
          int, pickle.PicklingError]
for v in values:
    d = pickle.dumps(v)
    print(len(d), d)
    assert repr(pickle.loads(d)) == repr(v)

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
mixed = [1, 'a', (2, 3.5), {'k': None}, True, {1}, frozenset({2}), 2**70, -300]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    d = pickle.dumps(mixed, proto)
    print(proto, len(d), d)
    print(pickle.loads(d) == mixed)
for proto in (3, 4, 5):
    print(pickle.dumps([b'a', b'', 'str'], proto))
print(pickle.dumps(b'bytes', protocol=-1))

# Batches of 1000 items and frames of 64 KiB.
for n in (999, 1000, 1001, 2500):
    d = pickle.dumps(list(range(n)))
    print(n, len(d), d[:16], d[-8:], pickle.loads(d) == list(range(n)))
d = pickle.dumps({i: str(i) for i in range(1001)})
print(len(d), d[:20], d[-12:])
d = pickle.dumps(set(range(1000)))
print(len(d), d[-12:])
big = ['x' * 70000, 'y', b'z' * 65536, 1]
d = pickle.dumps(big)
print(len(d), d[:20], d[70010:70040], d[-20:], pickle.loads(d) == big)
d = pickle.dumps([str(i) * 10 for i in range(8000)])
print(len(d), d[:12], d[65530:65560].count(b'\x95'))
