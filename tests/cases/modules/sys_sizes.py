# sys.getsizeof reports CPython's sizes; sys.getrefcount counts references, the argument's too.
import sys
for v in [0, 1, 2**30, 2**60, 2**100, -5, 1.5, True, None, '', 'a', 'abc', 'é', '€', '😀x', [], [1,2,3], [i for i in range(100)], (), (1,2), {}, {'a':1}, dict.fromkeys(range(10)), {str(i): i for i in range(30)}, set(), {1,2}, set(range(5)), set(range(19)), set(range(100)), frozenset(), b'', b'abc', bytearray(b'ab'), bytearray(), range(10), 1j]:
    print(repr(v)[:30], sys.getsizeof(v))
l = []
sizes = []
for i in range(40):
    sizes.append(sys.getsizeof(l))
    l.append(i)
print(sizes)
print([sys.getsizeof({i: i for i in range(n)}) for n in range(0, 25)])
print([sys.getsizeof(set(range(n))) for n in range(0, 40)])
def g(): yield 1
class C: pass
print(sys.getsizeof(x for x in []), sys.getsizeof(C()), sys.getsizeof(C), sys.getsizeof(int), sys.getsizeof(ValueError("x")))
class Sized:
    def __sizeof__(self):
        return 1000
print(sys.getsizeof(Sized()) >= 1000)
a = []
b = a
print(sys.getrefcount(a))
def f(x):
    return sys.getrefcount(x)
print(f(object()))
nums = [i for i in range(10000)]
gen = (i for i in range(10000))
print(sys.getsizeof(nums), sys.getsizeof(gen))
import sys
print([sys.getsizeof(list(range(n))) for n in range(0, 12)], sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2, 3, 4, 5]))
print(sys.getsizeof([i for i in range(100)]), sys.getsizeof(list("abcdefg")), sys.getsizeof([0] * 10), sys.getsizeof(sorted([3, 1, 2])))
