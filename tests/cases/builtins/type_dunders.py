# Built-in types have CPython's operator and conversion dunders as attributes.
print((5).__add__(3), (5).__radd__(3), (5).__sub__(3), (5).__rsub__(3), (7).__truediv__(2), (7).__rtruediv__(2))
print((7).__floordiv__(2), (7).__rfloordiv__(2), (7).__mod__(3), (7).__rmod__(3), (2).__pow__(5), (2).__rpow__(5))
print((7).__divmod__(2), (7).__rdivmod__(30), (6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(4), (32).__rshift__(2))
print((5).__neg__(), (5).__pos__(), (-5).__abs__(), (5).__invert__(), (0).__bool__(), (7).__index__(), (7).__int__(), (7).__float__())
print((7).__add__("x"), (7).__and__(1.5), (2.5).__divmod__("s"))
print((2.5).__round__(), (2.567).__round__(2), (2.5).__floor__(), (2.5).__ceil__(), (-2.5).__trunc__(), (2.5).__int__(), (2.5).__neg__())
print((2.5).__add__(1), (2.5).__radd__(1), (2.5).__mul__(2), (1.0).__rtruediv__(4), (2.0).__rpow__(3), (0.0).__bool__())
print(True.__and__(False), True.__index__(), True.__int__(), True.__float__(), True.__abs__(), (True).__neg__())
print("ab".__add__("c"), "ab".__mul__(2), "ab".__rmul__(3), "%d-%s".__mod__((1, "x")), "ab".__len__(), "ab".__contains__("b"), "ab".__getitem__(1))
print([1, 2].__add__([3]), [1].__mul__(3), [3, 1].__len__(), list([1, 2].__reversed__()), [1].__iadd__([5]), [1].__imul__(2))
print((1, 2).__add__((3,)), (1, 2).__len__(), (1, 2).__contains__(2), (1, 2).__getitem__(-1), list((1, 2).__iter__()))
print({1, 2}.__and__({2}), {1}.__or__({2}), {1, 2}.__sub__({1}), {1}.__xor__({2}), {1, 2}.__len__(), {1}.__contains__(1))
print(frozenset({1, 2}).__and__({2}), frozenset({3}).__len__())
print(b"ab".__add__(b"c"), b"ab".__len__(), b"ab".__getitem__(0), b"ab".__contains__(97))
print(range(5).__len__(), range(5).__contains__(3), range(5).__getitem__(2), list(range(3).__reversed__()), range(0).__bool__())
print(None.__bool__(), {1: 2}.__len__(), {1: 2}.__contains__(1))
print([x for x in (1, "a", [1], (2,), {3}, {4: 5}, 2.5, None, range(2), b"b") if hasattr(x, "__iter__")])
print([type(x).__name__ for x in (1, "a", 2.5, 1j, True, [1]) if hasattr(x, "__int__")])
print(int.__add__(2, 3), float.__mul__(1.5, 2), str.__len__("four"), list.__len__([1]), set.__contains__({1}, 1))


class Money(int):
    def __add__(self, other):
        return Money(int.__add__(self, other))

    def __repr__(self):
        return f"Money({int(self)})"


print(Money(3) + 4, Money(3).__neg__(), -Money(3), abs(Money(-2)))


class Bag(list):
    def __iadd__(self, other):
        print("Bag += ", other)
        return super().__iadd__(other)


b = Bag([1])
b += [2]
print(b, type(b).__name__)

from collections import OrderedDict, Counter, defaultdict
od = OrderedDict(a=1, b=2)
print(list(reversed(od)), Counter("aab") + Counter("b"), len(defaultdict(int, x=1)))
from typing import SupportsIndex, SupportsFloat, SupportsAbs
print(isinstance(3, SupportsIndex), isinstance(2.5, SupportsIndex), isinstance("s", SupportsFloat), isinstance(-1, SupportsAbs))
class L(list):
    def __add__(self, o):
        return L(list.__add__(self, o))
print(L([1]) + [2])
class S(str):
    def __add__(self, o):
        return S(str.__add__(self, o).upper())
print(S("a") + "b")
class Celsius(float):
    def __add__(self, other):
        return Celsius(super().__add__(other))
    def __eq__(self, other):
        return float.__eq__(self, other)
    __hash__ = float.__hash__
print(Celsius(1.5) + 2, Celsius(2.0) == 2, type(Celsius(1) + 1).__name__)
class Tags(list):
    def __imul__(self, n):
        print("imul", n)
        return list.__imul__(self, n)
t = Tags(["a"])
t *= 2
print(t, type(t).__name__)
class Seq:
