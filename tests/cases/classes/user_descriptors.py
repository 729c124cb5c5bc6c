# Descriptors written in Python: __get__/__set__/__delete__, data vs non-data precedence.
class Positive:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Positive {self.name} of {objtype.__name__}>"
        return obj.__dict__.get(self.name, 0)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name} must be positive, got {value}")
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        print("deleting", self.name)
        del obj.__dict__[self.name]


class Lazy:
    """Non-data descriptor: the instance dict shadows it once set."""

    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        print("computed", self.func.__name__)
        return value


class Item:
    price = Positive()
    qty = Positive()

    def __init__(self, price, qty):
        self.price = price
        self.qty = qty

    @Lazy
    def total(self):
        return self.price * self.qty


it = Item(3, 4)
print(it.price, it.qty, Item.price)
print(it.total, it.total)
it.__dict__["price"] = 10
print(it.price)
try:
    it.qty = -1
except ValueError as e:
    print("ValueError:", e)
del it.qty
print(it.qty, isinstance(Item.__dict__["total"], Lazy))
