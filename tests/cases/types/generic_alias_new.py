# types.GenericAlias called directly, and as a Python class's __class_getitem__.
import types

for args, kwargs in [((list,), {}), ((list, int, str), {}), ((list, int), {"x": 1}), ((), {})]:
    try:
        print(types.GenericAlias(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)
alias = types.GenericAlias(list, (int, str))
print(alias, alias.__origin__, alias.__args__, alias == list[int, str])
print(types.GenericAlias(dict, str), types.GenericAlias(3, 4))


class Box:
    __class_getitem__ = classmethod(types.GenericAlias)


print(Box[int], Box[int, str].__args__, Box[int].__origin__ is Box)
print(Box[int]().__class__.__name__)
