class Shape:
    pass


class Circle(Shape):
    pass


class Square(Shape):
    pass


class Tiny(Square):
    pass


print(Shape.__subclasses__(), Square.__subclasses__(), Tiny.__subclasses__())


def all_subclasses(cls):
    out = []
    for sub in cls.__subclasses__():
        out.append(sub.__name__)
        out.extend(all_subclasses(sub))
    return out


print(all_subclasses(Shape))


class Plugin:
    registry = {}

    @classmethod
    def create(cls, name):
        for sub in cls.__subclasses__():
            if sub.__name__.lower() == name:
                return sub()
        raise ValueError(f"unknown plugin {name!r}")


class Csv(Plugin):
    pass


class Json(Plugin):
    pass


print(type(Plugin.create("json")).__name__)
try:
    Plugin.create("xml")
except ValueError as e:
    print(e)


def make():
    class Temp(Shape):
        pass
    return Temp


make()
import gc
gc.collect()
print([c.__name__ for c in Shape.__subclasses__()])
D = type("D", (Circle,), {})
print(Circle.__subclasses__(), type.__subclasses__(Circle) == Circle.__subclasses__())
class Multi(Circle, Square):
    pass
print(Circle.__subclasses__(), Square.__subclasses__())
