from array import array
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for tc in 'bBhHiIlLqQ':
    t(lambda: array(tc, [2**70]))
    t(lambda: array(tc, [-2**70]))
    t(lambda: array(tc, [2**(array(tc).itemsize*8)]))
    t(lambda: array(tc, [-1]))
    t(lambda: array(tc, [1.5]))
    t(lambda: array(tc, ['a']))
t(lambda: array('f', ['a'])); t(lambda: array('d', [1, 2.5])); t(lambda: array('x')); t(lambda: array('u', 'abc')); t(lambda: array('u', [1]))
t(lambda: array('i', 'abc')); t(lambda: array()); t(lambda: array('i', 5)); t(lambda: array('b', b'\x01\x02')); t(lambda: array('h', b'\x01\x02'))
t(lambda: array('h', b'\x01\x02\x03')); t(lambda: array('f', [1e300])); t(lambda: array('i', array('i', [1]))); t(lambda: array('i', array('d', [1.0])))
t(lambda: array('d', array('i', [1]))); t(lambda: array('i', [1]) + array('d', [1.0])); t(lambda: array('i', [1]) + [2]); t(lambda: array('i', [1, 2]).index(5))
t(lambda: array('i', [1, 2]).remove(5)); t(lambda: array('i').pop()); t(lambda: array('i', [1])[5]); t(lambda: array('i', [1]).__setitem__(0, 'x'))
t(lambda: array('u', 'ab').tounicode()); t(lambda: array('i').tounicode()); t(lambda: array('i', [1, 2]) == [1, 2]); t(lambda: array('i', [1, 2]) == array('d', [1.0, 2.0]))
t(lambda: array('i', [1, 2]) < array('i', [1, 3])); t(lambda: hash(array('i')))
