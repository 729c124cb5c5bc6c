# More of the manager's proxies: in-place operators, namespace attributes,
# registering a custom type on a subclass, and the manager's lifecycle errors.
import multiprocessing
from multiprocessing.managers import BaseManager, SyncManager, Namespace


class Counter:
    def __init__(self, start=0):
        self.n = start

    def bump(self, by=1):
        self.n += by
        return self.n

    def _hidden(self):
        return 'no'


class MyManager(BaseManager):
    pass


MyManager.register('Counter', Counter)

if __name__ == '__main__':
    print(repr(Namespace(b=2, a=1, _p=3)), Namespace())
    with multiprocessing.Manager() as m:
        l = m.list([1, 2])
        same = l
        l *= 2
        l += [9]
        print(l is same, list(l), len(l), l[-1], 9 in l)
        ns = m.Namespace(x=1)
        ns.y = 'why'
        del ns.x
        print(ns.y, hasattr(ns, 'x'), str(ns))
        try:
            ns.x
        except AttributeError as e:
            print('AttributeError', e)
        v = m.Value('d', 1.5)
        v.value = 2.5
        v.set(v.get() * 2)
        print(v.value, str(v))
        d = m.dict(a=1)
        d.update(b=2)
        print(sorted(d), d.get('z', 'dflt'), sorted(d.items()))
        try:
            d['missing']
        except KeyError as e:
            print('KeyError', e)
    print(hasattr(SyncManager, 'Counter'), hasattr(MyManager, 'list'))
    with MyManager() as mm:
        c = mm.Counter(10)
        print(c.bump(), c.bump(5), type(c).__name__, hasattr(c, '_hidden'))
    mgr = MyManager()
    mgr.start()
    try:
        mgr.start()
    except multiprocessing.ProcessError as e:
        print('ProcessError', e)
    mgr.shutdown()
    try:
        MyManager().start(initializer=5)
    except TypeError as e:
        print('TypeError', e)
