# Instances of user classes, by class reference and state: __dict__,
# __getstate__/__setstate__, __reduce__/__reduce_ex__, __slots__,
# subclasses of list/dict/tuple, namedtuples, exceptions, collections.
import collections
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Empty:
    pass


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.cache = {'big': 'data'}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state['cache']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'


class Doubler:
    def __init__(self, a):
        self.a = a

    def __reduce__(self):
        return (Doubler, (self.a * 2,))


class Versioned:
    def __init__(self):
        self.v = 1

    def __reduce_ex__(self, proto):
        return (Versioned, (), {'v': proto})


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1
        self.b = [2]


class Tags(list):
    pass


class Registry(dict):
    pass


Pair = collections.namedtuple('Pair', 'left right')


def roundtrip(x, show_bytes=True):
    d = pickle.dumps(x)
    if show_bytes:
        print(len(d), d)
    return pickle.loads(d)


p = roundtrip(Point(1, 2))
print(type(p).__name__, p, p.__dict__)
e = roundtrip(Empty())
print(type(e).__name__, e.__dict__)
a = roundtrip(Account('ann'))
print(a.owner, a.cache)
print(roundtrip(Doubler(3)).a)
print(roundtrip(Versioned()).v, pickle.loads(pickle.dumps(Versioned(), 2)).v)
s = roundtrip(Slotted())
print(s.a, s.b)
t = roundtrip(Tags(['x', 'y']))
print(type(t).__name__, t)
r = roundtrip(Registry(a=1))
print(type(r).__name__, r)
pr = roundtrip(Pair(1, 'two'))
print(pr, pr.left, type(pr).__name__)
for exc in (ValueError('bad', 2), KeyError('k'), RuntimeError()):
    got = roundtrip(exc)
    print(type(got).__name__, got.args)
print(roundtrip(Point) is Point, roundtrip(roundtrip) is roundtrip)
od = roundtrip(collections.OrderedDict(b=1, a=2))
print(od)
dd = roundtrip(collections.defaultdict(list, a=[1]))
print(dd, dd['new'])
print(roundtrip(collections.Counter('abracadabra')))
print(roundtrip(collections.deque([1, 2, 3], maxlen=5)))
print(roundtrip(collections.deque([1])))
for proto in range(6):
    p = pickle.loads(pickle.dumps(Point(proto, [proto]), proto))
    print(proto, p)
