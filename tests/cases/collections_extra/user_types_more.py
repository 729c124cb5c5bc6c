# ChainMap, UserDict, UserList and UserString beyond the common path: operators with
# every operand kind, copies of subclasses, the error messages and the str methods.
import copy
from collections import ChainMap, UserDict, UserList, UserString, OrderedDict

a, b = {'x': 1, 'y': 2}, {'y': 20, 'z': 30}
cm = ChainMap(a, b)
print(repr(cm), list(cm), list(cm.keys()), list(cm.values()), list(cm.items()), len(cm))
print(cm.get('z'), cm.get('q'), cm.get('q', 5), 'z' in cm, 'q' in cm, cm.maps is cm.maps)
print(cm | {'n': 0}, {'n': 0} | cm, cm.__or__(5), cm == {'x': 1, 'y': 2, 'z': 30})
cm2 = cm.new_child()
cm2['y'] = 'new'
print(cm2, cm2.parents, cm2.parents.parents, cm.new_child(m={'k': 1}), cm.new_child(q=1))
print(cm.new_child({'a': 0}, b=1), ChainMap({}).new_child())
cm3 = cm.copy()
cm3['w'] = 0
print(cm3, a, copy.copy(cm), type(copy.copy(cm)).__name__)
cm3 |= {'v': 9}
cm3 |= [('u', 8)]
print(cm3.maps[0], cm3.pop('v'), cm3.pop('missing', 'dflt'), cm3.popitem(), cm3.maps[0])
try:
    cm3.pop('z')
except KeyError as e:
    print('KeyError', e)
try:
    del cm3['z']
except KeyError as e:
    print('KeyError', e)
cm3.clear()
print(cm3, bool(ChainMap({}, {})), bool(ChainMap({}, {1: 2})))


class Defaulting(ChainMap):
    def __missing__(self, key):
        return f'<{key}>'


dcm = Defaulting({'a': 1})
print(dcm['a'], dcm['b'], dcm.get('b', 'g'), repr(dcm), type(dcm.new_child()).__name__,
      type(dcm.parents).__name__, Defaulting.fromkeys('xy'))
print(ChainMap(OrderedDict(a=1), {'b': 2}), ChainMap({1: 'a'}, {1: 'b', 2: 'c'})[1])

ud = UserDict(a=1)
ud2 = UserDict(ud)
ud2['b'] = 2
print(ud, ud2, ud == {'a': 1}, ud != ud2, len(ud2), list(ud2))
print(ud | ud2, ud | {'c': 3}, {'c': 3} | ud, ud.__or__(1), ud.__ror__([]))
ud |= ud2
ud |= {'z': 26}
ud |= [('w', 23)]
print(ud, ud.pop('w'), ud.popitem(), ud.setdefault('s', 0), ud.get('s'), ud)
print(UserDict({'a': 1}, a=2), UserDict(dict=5), UserDict([('p', 1)]))
try:
    UserDict({}, {})
except TypeError as e:
    print('TypeError:', e)
print(UserDict.fromkeys('ab', 0), type(UserDict.fromkeys('ab')).__name__)


class Tagged(UserDict):
    def __init__(self, *args, tag='t', **kwargs):
        self.tag = tag
        super().__init__(*args, **kwargs)


t = Tagged({'k': 1}, tag='T')
t2 = t.copy()
t2['k'] = 2
print(t, t2, t2.tag, type(t2).__name__, copy.copy(t).tag, copy.deepcopy(t), t2.data is t.data)
print(isinstance(ud, dict), 'a' in ud, ud.keys(), ud.items(), ud.values())

ul = UserList([3, 1, 2])
print(ul, UserList(), UserList((1, 2)), UserList(ul), UserList('ab'), UserList(range(3)))
print(ul + [4], ul + (5,), ul + UserList([6]), [0] + ul,
      ul * 2, 2 * ul, ul[0], ul[-1], ul[::2], type(ul[:1]).__name__)
ul2 = UserList(ul)
ul2 *= 2
ul2 += (7,)
ul2 += UserList([8])
ul2.extend(UserList([9]))
ul2.extend(x for x in 'ab')
print(ul2, ul == [3, 1, 2], ul < [4], ul <= ul, ul > UserList([0]), ul >= [3, 1, 2], ul != [])
ul2[0] = 'first'
del ul2[1]
ul2[1:3] = ['s']
print(ul2, ul2.pop(), ul2.pop(0), ul2.index(1), ul2.count(1), 1 in ul2, len(ul2))
ul2.clear()
print(ul2, bool(ul2), copy.copy(ul), copy.copy(ul) is ul, ul.copy().data is ul.data)
ul.sort(key=lambda v: -v)
print(ul, sorted(ul), max(ul), list(reversed(ul)))
try:
    ul.remove(99)
except ValueError as e:
    print('ValueError:', e)
try:
    ul.index(99)
except ValueError as e:
    print('ValueError:', e)
try:
    ul + 5
except TypeError as e:
    print('TypeError:', e)


class Pair(UserList):
    pass


p = Pair([1, 2])
print(type(p + [3]).__name__, type(p * 2).__name__, type(p[:]).__name__, type(p.copy()).__name__,
      type([0] + p).__name__, p.copy() == p)

us = UserString('Hello, World')
print(us, repr(us), str(us), len(us), us[0], us[-5:], type(us[1]).__name__, 'World' in us,
      UserString('lo') in us, us == 'Hello, World', us < 'a', us > UserString('A'), us >= us)
print(us + '!', '>' + us, us + UserString('?'), us * 2, 3 * UserString('ab'),
      UserString('%s-%d') % ('x', 3), UserString(5), UserString(UserString('w')))
print(us.lower(), us.upper(), us.swapcase(), us.title(), us.capitalize(), us.casefold(),
      us.center(16, '*'), us.ljust(14, '.'), us.rjust(14), us.zfill(14))
print(us.count('l'), us.find('o'), us.rfind('o'), us.index('W'), us.rindex('l'),
      us.startswith('He'), us.endswith(('x', 'd')), us.split(', '), us.rsplit('o', 1),
      us.partition(', '), us.rpartition('o'), us.replace('l', 'L', 2))
print(us.strip('Hd'), us.lstrip('H'), us.rstrip('d'), us.removeprefix('Hel'),
      us.removesuffix('ld'), UserString(' x ').strip(), UserString('a\tb').expandtabs(4),
      UserString('a\nb').splitlines(), UserString('-').join(['a', 'b']))
print(us.isalpha(), UserString('abc').isalpha(), UserString('12').isdigit(),
      UserString('12').isdecimal(), UserString('12').isnumeric(), UserString('x1').isalnum(),
      UserString('ab').islower(), UserString('AB').isupper(), UserString(' ').isspace(),
      UserString('Ab Cd').istitle(), UserString('a_b').isidentifier(),
      UserString('ab').isprintable(), UserString('ab').isascii())
print(UserString('{} {x}').format(1, x=2), UserString('ab').translate({97: 'A'}),
      type(us.split()[0]).__name__, type(us.lower()).__name__, int(UserString('42')),
      float(UserString('2.5')), hash(UserString('q')) == hash('q'), complex(UserString('1j'))
      if hasattr(UserString, '__complex__') else 'nc', sorted([UserString('b'), 'a']))
print(list(UserString('abc')), list(reversed(UserString('abc'))), UserString('abcb').index('b', 2),
      UserString('abc').encode(), UserString('ab').format_map({}) if hasattr(UserString, 'format_map') else '')
print(us + 5, 5 + us)
try:
    int(UserString('x'))
except ValueError as e:
    print('ValueError:', e)


class Loud(UserString):
    pass


lo = Loud('abc')
print(type(lo + 'd').__name__, type(lo.upper()).__name__, type(lo[0]).__name__, type(lo * 2).__name__,
      type(lo.split()[0]).__name__, lo.upper(), lo.isupper())
