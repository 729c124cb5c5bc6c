# __annotations__ of classes (in definition order), modules and functions.
count: int = 0
label: str
print(__annotations__, count)


class Point:
    x: int = 0
    y: "float" = 1.5
    tags: "list[str]"
    if True:
        inside: bool = True
    z = 3

    def method(self) -> None:
        local: int = 5
        return local


print(Point.__annotations__)
print(list(Point.__annotations__), Point.x, Point.y, Point.inside, hasattr(Point, "tags"))
print(Point().method(), Point.method.__annotations__)


class Child(Point):
    w: dict


class Bare:
    pass


print(Child.__annotations__, Bare.__annotations__, "__annotations__" in Bare.__dict__)


def f(a: int, b: str = "s", *args: float, c: bool, d=1, **kw: dict) -> list:
    return [a, b, c]


def g(x, y):
    return x


print(f.__annotations__)
print(g.__annotations__, (lambda q: q).__annotations__)
g.__annotations__["x"] = int
print(g.__annotations__)


class Row:
    name: str
    size: int = 10

    def fields(self):
        return [(k, v.__name__, getattr(self, k, None)) for k, v in self.__annotations__.items()]


print(Row().fields())
obj = Point()
obj.attr: int = 4
print(obj.attr, "attr" in Point.__annotations__)
