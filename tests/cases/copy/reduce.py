import copy


class Point:
    def __init__(self, x, y):
        print("init", x, y)
        self.x, self.y = x, y

    def __reduce__(self):
        return (Point, (self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
p.y.append(3)
print(q, r, q.y is p.y, r.y is p.y)


class Bag:
    def __init__(self):
        self.items = []
        self.meta = {}

    def __reduce_ex__(self, protocol):
        print("protocol", protocol)
        return (Bag, (), {"tag": "t"}, iter(self.items), iter(self.meta.items()))

    def append(self, v):
        self.items.append(v)

    def __setitem__(self, k, v):
        self.meta[k] = v


b = Bag()
b.items.extend([1, [2]])
b.meta["k"] = [3]
c = copy.deepcopy(b)
print(c.items, c.meta, c.tag, c.items[1] is b.items[1], c.meta["k"] is b.meta["k"])


class Singleton:
    def __reduce__(self):
        return "INSTANCE"


INSTANCE = Singleton()
print(copy.copy(INSTANCE) is INSTANCE, copy.deepcopy([INSTANCE])[0] is INSTANCE)
