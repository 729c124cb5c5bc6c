# __del__ runs once, sees the object's attributes, may resurrect it; subclasses
# inherit it; a class given __del__ later gets it too; exceptions in it are ignored.
import sys


class Res:
    count = 0

    def __init__(self, name):
        self.name = name
        Res.count += 1

    def __del__(self):
        Res.count -= 1
        print(f"releasing {self.name} (left: {Res.count})")


def use():
    r = Res("in function")
    return r.name


print(use())

saved = []


class Phoenix:
    def __del__(self):
        print("phoenix del")
        saved.append(self)


Phoenix()
print("saved", len(saved))
saved.clear()
print("cleared again")


class Child(Res):
    pass


c = Child("child")
del c
print("after child")


class Late:
    pass


obj = Late()
Late.__del__ = lambda self: print("late del")
del obj
print("after late")

with open(__file__) as fh:
    holder = Res("with")
holder = None
print("after with")

for i in range(3):
    loop_item = Res(f"loop {i}")
print("loop done")
del loop_item

items = [Res("a"), Res("b"), Res("c")]
del items[1]
print("deleted b")
items.reverse()
items = []
print("emptied")


class Quiet:
    def __del__(self):
        sys.stdout.write("quiet del\n")


def make():
    return [Quiet() for _ in range(2)]


make()
print("done")

# Containers free their items last first.
lst = [Res("l1"), Res("l2"), Res("l3")]
del lst
tup = (Res("t1"), Res("t2"))
tup = None
lst2 = [Res("c1"), Res("c2")]
lst2.clear()
print("containers done")
