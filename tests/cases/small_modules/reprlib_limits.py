import reprlib
from collections import deque
from array import array

print(vars(reprlib.Repr()))
for x in [list(range(100)), 'x' * 100, 'short', 10 ** 100, -10 ** 50, {i: str(i) for i in range(10)}, set(range(20)), [[[[[[[1]]]]]]],
          (1,), (), frozenset(), frozenset({3, 1, 2}), set(), {}, deque(range(10)), array('i', range(10)), array('d'),
          [1, 'a' * 40, (2, 3)], {'k': [1, [2, [3, [4, [5, [6, [7]]]]]]]}, {1, 'a', 2.5}, 3.14159, None, True, b'x' * 50,
          'a\nb' * 20, range(1000), {(1, 2): {3: 4}}]:
    print(reprlib.repr(x))
r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
r.maxlevel = 2
r.fillvalue = '~'
print(r.repr(list(range(5))), r.repr('abcdefghijklmnop'), r.repr([[[1]]]), r.repr({'a': {'b': {'c': 1}}}))


class Node:
    def __init__(self):
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return '<Node %s>' % self.children


n = Node()
n.children.append(n)
n.children.append(Node())
print(repr(n), Node.__repr__.__name__, Node.__repr__.__qualname__, hasattr(Node.__repr__, '__wrapped__'))


class Other:
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'Other(%r)' % (self.me,)


o = Other()
o.me = [o]
print(repr(o))
