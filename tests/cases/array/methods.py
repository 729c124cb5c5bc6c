from array import array, typecodes, ArrayType
import copy

a = array('i', [3, 1, 2])
a.append(5)
a.extend([7, 8])
a.extend(array('i', [9]))
a.insert(0, -1)
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], a.typecode, a.itemsize, typecodes, ArrayType is array)
print(a.pop(), a.pop(0), a, a.index(2), a.count(1), 5 in a, 42 in a, a.tolist())
a.remove(5)
a.reverse()
a[0] = 100
a[1:3] = array('i', [4, 4, 4])
del a[2]
print(a, list(a), sum(a), max(a), sorted(a))
b = array('d', [1.5, 2.25])
print(b, b * 2, 2 * b, b + array('d', [3.0]), b == array('d', [1.5, 2.25]), b != b, b < array('d', [2.0]))
b += array('d', [0.5])
b *= 2
print(b, array('f', [0.1])[0], array('f', [0.1]).tobytes(), array('h', [1, -2]).tobytes(), array('q', [2**40]).tobytes())
c = array('H')
c.frombytes(b'\x01\x00\x02\x00')
c.fromlist([3, 4])
print(c, repr(array('b')), array('B', b'xyz'), array('l', range(3)), copy.copy(c), copy.deepcopy(c) == c)
s = array('u', 'hello')
s.fromunicode(' world')
print(s, s.tounicode(), s[0], s[1:3], len(s.tobytes()))
d = array('i', [1, 256])
d.byteswap()
print(d, array('i', [1, 2]) + array('i', [3]))
e = array('d')
for bad in [lambda: a.__iadd__([1]), lambda: a.extend(array('d', [1.0])), lambda: a.__setitem__(slice(0, 1), [1]),
            lambda: a.fromlist((1,)), lambda: a.pop(99), lambda: e.pop(), lambda: a.__setitem__(99, 1), lambda: a.insert(0, 'x'),
            lambda: array(1), lambda: a.fromunicode('x'), lambda: array('i', [1]) * 'x', lambda: array('i', [1]).frombytes('ab')]:
    try:
        print(bad())
    except Exception as ex:
        print(type(ex).__name__, ex)
