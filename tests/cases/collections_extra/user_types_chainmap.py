import collections
import collections.abc
from collections import ChainMap, UserDict, UserList, UserString, OrderedDict, deque, namedtuple

base = {'color': 'red', 'user': 'guest'}
overrides = {'user': 'admin'}
cm = ChainMap(overrides, base)
print(cm, cm['user'], cm['color'], len(cm), list(cm), 'color' in cm, cm.get('x', 0))
child = cm.new_child({'color': 'blue'})
print(child['color'], child.parents, child.maps[0])
child['new'] = 1
print(child.maps[0], dict(child))
del child['new']
for call in (lambda: child.__delitem__('user'), lambda: ChainMap().popitem(), lambda: cm['missing'],
             lambda: child.pop('zzz')):
    try:
        call()
    except KeyError as e:
        print('KeyError', e)
print(ChainMap(), bool(ChainMap()), bool(cm), cm.copy(), ChainMap.fromkeys('ab', 0))


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


d = LowerDict({'A': 1}, B=2)
d['C'] = 3
print(d, d.data, len(d), 'a' in d, d.get('z', 'none'), list(d.items()), isinstance(d, collections.abc.MutableMapping))
print(d | {'x': 9}, {'y': 8} | d, d.copy(), type(d.copy()).__name__, UserDict.fromkeys([1, 2]))


class Missing(UserDict):
    def __missing__(self, key):
        return key * 2


print(Missing()['ab'])
try:
    UserDict()['nope']
except KeyError as e:
    print('KeyError', e)


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack([1, 2])
s.push(3)
s.extend([4])
s += [5]
print(s, len(s), s[1:3], type(s[1:3]).__name__, s.pop(), s == [1, 2, 3, 4], s < [9], 3 in s)
s.insert(0, 0)
s.sort(reverse=True)
print(s, s + [7], s * 2, s.index(2), s.count(2), s.copy())
s.remove(2)
s.reverse()
print(s, list(reversed(s)))


class Shout(UserString):
    def shout(self):
        return self.upper() + '!'


u = Shout('hello world')
print(u, repr(u), u.shout(), type(u.upper()).__name__, u.split(), u[0], u + '?', len(u), 'world' in u)
print(u.replace('world', 'there'), u.startswith('he'), u.find('o'), u == 'hello world', sorted([Shout('b'), Shout('a')]))
print(OrderedDict(a=1), deque([1, 2], maxlen=3), namedtuple('P', 'x y')(1, 2), collections.Counter('aab'))
