# __subclasses__() of built-in classes lists the built-in subclasses too (walking the
# exception hierarchy is a common exercise), then the classes a program adds.
def tree(cls, depth=0):
    print("  " * depth + cls.__name__)
    for sub in sorted(cls.__subclasses__(), key=lambda c: c.__name__):
        if sub.__module__ == "builtins" or sub.__module__ == __name__:
            tree(sub, depth + 1)


tree(BaseException)
print(int.__subclasses__(), type.__subclasses__(bool))
print(sorted(c.__name__ for c in ArithmeticError.__subclasses__()))


class AppError(LookupError):
    pass


class MissingThing(AppError):
    pass


print([c.__name__ for c in LookupError.__subclasses__() if c.__module__ == __name__])
print(AppError.__subclasses__(), MissingThing.__subclasses__())
print(issubclass(EncodingWarning, Warning), EncodingWarning.__mro__)
try:
    int.__subclasses__(1)
except TypeError as e:
    print(e)
