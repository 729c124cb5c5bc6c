import collections.abc
import functools
from functools import partialmethod, singledispatch, singledispatchmethod


@singledispatch
def describe(x):
    return 'object'


@describe.register
def _(x: int):
    return 'int'


@describe.register(collections.abc.Sequence)
def _(x):
    return 'sequence'


@describe.register(collections.abc.Mapping)
def _(x):
    return 'mapping'


print(describe(1), describe(True), describe([1]), describe('s'), describe((1,)), describe({}), describe(2.5))


class Negator:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError('Cannot negate a')

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register
    def _(self, arg: bool):
        return not arg


n = Negator()
print(n.neg(5), n.neg(True), n.neg.__name__)
try:
    n.neg(1.5)
except NotImplementedError as e:
    print('NotImplementedError', e)


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state, note=''):
        self._alive = bool(state)
        return note

    set_alive = partialmethod(set_state, True, note='revived')
    set_dead = partialmethod(set_state, False)


c = Cell()
print(c.set_alive(), c._alive, c.set_dead(), c._alive)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
try:
    partialmethod(3)
except TypeError as e:
    print('TypeError', e)
