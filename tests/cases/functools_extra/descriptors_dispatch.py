# cached_property, singledispatch, singledispatchmethod and partialmethod: their
# descriptor behaviour through classes and instances, registration forms and errors.
import abc
import collections.abc
import functools
from functools import cached_property, partialmethod, singledispatch, singledispatchmethod


class Data:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    @cached_property
    def total(self):
        """Sum of 0..n."""
        self.calls += 1
        return sum(range(self.n))


d = Data(5)
print(d.total, d.total, d.calls, vars(d)['total'], Data.total.__doc__, Data.total.attrname)
d.total = 'set'
print(d.total, Data.total.__get__(None, Data) is Data.total, Data.total.func.__name__)
twice = cached_property(lambda self: 1)
twice.__set_name__(Data, 'a')
twice.__set_name__(Data, 'a')
try:
    twice.__set_name__(Data, 'b')
except TypeError as e:
    print('TypeError:', e)
loose = cached_property(lambda self: 1)
try:
    loose.__get__(Data(1), Data)
except TypeError as e:
    print('TypeError:', e)


class Slotted:
    __slots__ = ('x',)

    @cached_property
    def y(self):
        return 1


try:
    Slotted().y
except TypeError as e:
    print('TypeError:', e)


@singledispatch
def show(x, suffix=''):
    """Show things."""
    return f'obj:{x!r}{suffix}'


@show.register
def _(x: int, suffix=''):
    return f'int:{x}{suffix}'


@show.register(str)
@show.register(bytes)
def _(x, suffix=''):
    return f'text:{x!r}{suffix}'


show.register(collections.abc.Mapping, lambda x, suffix='': f'map:{len(x)}{suffix}')


class MyList(list):
    pass


show.register(list, lambda x, suffix='': f'list:{len(x)}{suffix}')
print(show(1), show(True), show('a', suffix='!'), show(b'b'), show({1: 2}), show(MyList([1])),
      show(2.5), show(None))
print(show.__name__, show.__doc__, show.__wrapped__.__name__, show.dispatch(bool).__name__,
      show.dispatch(MyList) is show.registry[list], show.dispatch(object) is show.__wrapped__)
print(sorted(t.__name__ for t in show.registry))
for bad in (lambda: show.register(3), lambda: show.register('text')):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    @show.register
    def _(x: 5):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    show()
except TypeError as e:
    print('TypeError:', e)


class A(abc.ABC):
    pass


class B(abc.ABC):
    pass


class Both:
    pass


A.register(Both)
B.register(Both)


@singledispatch
def amb(x):
    return 'base'


amb.register(A, lambda x: 'A')
amb.register(B, lambda x: 'B')
try:
    amb(Both())
except RuntimeError as e:
    print('RuntimeError:', e)


class Shape:
    @singledispatchmethod
    def area(self, arg):
        return f'generic {arg!r}'

    @area.register
    def _(self, arg: int):
        return f'int {arg} on {type(self).__name__}'

    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return f'{cls.__name__} from {arg!r}'

    @make.register
    @classmethod
    def _(cls, arg: str):
        return f'{cls.__name__} from text {arg}'

    @singledispatchmethod
    @staticmethod
    def kind(arg):
        return 'other'

    @kind.register
    @staticmethod
    def _(arg: float):
        return 'float'


class Square(Shape):
    pass


s = Square()
print(s.area(3), s.area('x'), Square.make(1), Square.make('t'), s.make('u'), Shape.kind(1.5),
      s.kind(1), Shape.area.__name__, s.area.__name__)
print(Shape.__dict__['area'].func.__name__, hasattr(Shape.__dict__['area'], 'dispatcher'))
try:
    singledispatchmethod(3)
except TypeError as e:
    print('TypeError:', e)


class Base(abc.ABC):
    @singledispatchmethod
    @abc.abstractmethod
    def op(self, x):
        pass


print(Base.__abstractmethods__, Base.__dict__['op'].__isabstractmethod__)


class Account:
    def __init__(self):
        self.log = []

    def move(self, kind, amount=0, *, note=''):
        self.log.append((kind, amount, note))
        return self

    deposit = partialmethod(move, 'in')
    withdraw = partialmethod(move, 'out', note='w')
    big = partialmethod(deposit, 1000)

    @classmethod
    def build(cls, a, b):
        return (cls.__name__, a, b)

    build_one = partialmethod(build, 1)

    @staticmethod
    def pair(a, b):
        return (a, b)

    pair_x = partialmethod(pair, 'x')
    plain = partialmethod(functools.partial(lambda *a: len(a), 'p'), 'q')


acc = Account()
acc.deposit(5).withdraw(2).big(note='bonus')
print(acc.log, Account.build_one(2), acc.build_one(3), acc.pair_x('y'), acc.plain())
print(repr(Account.__dict__['withdraw']).startswith('functools.partialmethod(<function Account.move'),
      repr(Account.__dict__['withdraw']).endswith(", 'out', note='w')"))
print(repr(Account.__dict__['big']).endswith(", 'in', 1000)"), Account.__dict__['big'].args,
      Account.__dict__['big'].keywords, Account.__dict__['big'].func.__name__)
print(type(Account.deposit).__name__, type(acc.deposit).__name__, Account.deposit.args if
      hasattr(Account.deposit, 'args') else '')
try:
    acc.deposit(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
for bad in (lambda: partialmethod(5), lambda: partialmethod()):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)


class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self, a):
        pass

    g = partialmethod(f, 1)


print(sorted(Abstract.__abstractmethods__), Abstract.__dict__['g'].__isabstractmethod__)
print(repr(Account.__dict__['big']).split(' at ')[0], repr(Account.__dict__['big']).split('>')[1])
