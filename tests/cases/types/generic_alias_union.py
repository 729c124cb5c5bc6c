import collections
import types
import typing


class A:
    pass


try:
    A[0]
except TypeError as e:
    print(e)
try:
    int[0]
except TypeError as e:
    print(e)
print(list[int], dict[str, list[int]], type(list[int]), tuple[int, str], set[str], frozenset[int], type[int])
print(list[int]([1, 2]), list[int] == list[int], list[int].__origin__, dict[str, int].__args__)
print(collections.deque[int], collections.defaultdict[str, int], collections.OrderedDict[str, int], collections.Counter[str])
print(type[int], list[int] | None, int | str, type(int | str), (int | None).__args__)
print(repr(list[int]), str(dict[str, list[int]]), tuple[int, ...], tuple[()], list[list], list['X'], list[A])
print(list[int].__parameters__, hash(list[int]) == hash(list[int]), list[int] != list[str], list[int] == list)
print(list[typing.Any], dict[str, typing.Optional[int]], typing.Tuple[int, ...], typing.List[A])
for cls in [list[int], int | list[int]]:
    try:
        isinstance([], cls)
    except TypeError as e:
        print(e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print(e)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str), issubclass(bool, str | int))
print(types.GenericAlias, types.UnionType, types.GenericAlias(list, (int,)) if False else "")


def f(a: int | None = None, b: list[str] | None = None) -> dict[str, int | float]:
    return {}


print(f.__annotations__)
print(int | str == str | int, int | int, int | str | int, (int | str) | (float | None), hash(int | str) == hash(str | int))
print(list[int].__name__, list[int].__mro__ if False else "", dict[str, int].fromkeys("ab"))
try:
    int | 3
except TypeError as e:
    print(e)


def two_sum(nums: list[int], target: int) -> list[int]:
    seen: dict[int, int] = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return [seen[target - n], i]
        seen[n] = i
    return []


print(two_sum([2, 7, 11, 15], 9))
Matrix = list[list[float]]
print(Matrix, Matrix.__args__[0].__args__)
