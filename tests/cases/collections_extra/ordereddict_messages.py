# OrderedDict and defaultdict: reprs (also recursive ones) and messages name the
# type as CPython does; both are unhashable.
import collections

o = collections.OrderedDict(a=1, b=2)
print(o, repr(o), str(o), collections.OrderedDict())
r = collections.OrderedDict()
r['self'] = r
print(r)
d = collections.defaultdict(list)
d['self'] = d
print(d)


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: o.nope)
attempt(lambda: hash(o))
attempt(lambda: hash(collections.defaultdict(int)))
attempt(lambda: hash(collections.Counter()))
attempt(lambda: o < o)
attempt(lambda: collections.defaultdict(int).nope)
attempt(lambda: o.pop('zz'))
attempt(lambda: o['zz'])
attempt(lambda: collections.OrderedDict().popitem())
attempt(lambda: collections.OrderedDict(1))
attempt(lambda: type(o).__name__ + ' ' + type(o).__module__)


class MyOD(collections.OrderedDict):
    pass


attempt(lambda: MyOD(x=1))
attempt(lambda: MyOD().nope)
attempt(lambda: list(reversed(o)))
attempt(lambda: o.copy())
attempt(lambda: o | {'c': 3})
