# __set_name__ tells descriptors their attribute name; __init_subclass__ takes the
# class keywords.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.name, value)


class Record:
    first = Field()
    second = Field()

    def __init__(self, first):
        self.first = first


r = Record("a")
print(r.first, r.second, r._first, Record.first.name)


class Plugin:
    plugins = {}

    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        print("subclass", cls.__name__, key)
        if key:
            Plugin.plugins[key] = cls


class Json(Plugin, key="json"):
    pass


class Yaml(Plugin, key="yaml"):
    pass


class Plain(Plugin):
    pass


print(sorted(Plugin.plugins), Plugin.plugins["json"].__name__)


class Typed:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"


class Sub(Typed):
    pass


print(Typed[int], Sub[str], Sub[3])


def attempt(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


def unknown_keyword():
    class Bad(Plugin, colour="red"):
        pass


attempt(unknown_keyword)
