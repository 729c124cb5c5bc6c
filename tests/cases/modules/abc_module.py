# abc: abstract methods block instantiation; register and __subclasshook__ widen isinstance.
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
    @property
    def name(self): return "circle"
class Half(Shape):
    def area(self): return 1
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
c = Circle(2)
print(c.describe(), isinstance(c, Shape), sorted(Shape.__abstractmethods__), Circle.__abstractmethods__)
class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))
class Duck(ABC): pass
Duck.register(int)
print(isinstance(3, Duck), issubclass(bool, Duck), isinstance("s", Duck), type(Duck).__name__)


class Base(ABC):
    @abstractmethod
    def run(self):
        return "base run"

    @staticmethod
    @abstractmethod
    def make():
        pass


class Impl(Base):
    def run(self):
        return "impl, then " + super().run()

    @staticmethod
    def make():
        return Impl()


print(Impl.make().run(), Base.run.__isabstractmethod__)
try:
    Base()
except TypeError as e:
    print("TypeError:", e)


class NotAbstract(ABC):
    pass


print(type(NotAbstract()).__name__, NotAbstract.__abstractmethods__)
try:
    Duck.register(3)
except TypeError as e:
    print("TypeError:", e)
Impl()
Shape()
