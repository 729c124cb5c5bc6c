# __init_subclass__ registers subclasses; __class_getitem__ makes a class subscriptable.
class Plugin:
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        print("registered", cls.__name__)
        Plugin.registry.append(cls)


class A(Plugin):
    pass


class B(A):
    pass


print([c.__name__ for c in Plugin.registry])


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(Box[int], Box[str])


class NoHook:
    pass


try:
    NoHook[int]
except TypeError as e:
    print(e)
