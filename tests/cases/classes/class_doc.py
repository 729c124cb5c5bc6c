# Every class has its own __doc__: the docstring, or None (never inherited).
class Documented:
    """A documented class."""

    def method(self):
        """Method doc."""


class Child(Documented):
    pass


class Bare:
    x = 1


print(Documented.__doc__, Child.__doc__, Bare.__doc__, Bare().__doc__)
print(Documented.method.__doc__, "__doc__" in vars(Bare), vars(Bare)["__doc__"])
print([k for k in vars(Bare) if not k.startswith("__")])
print(type("Dyn", (), {}).__doc__, type("Dyn2", (), {"__doc__": "given"}).__doc__)
