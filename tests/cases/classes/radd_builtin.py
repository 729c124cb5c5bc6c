class R:
    def __radd__(self, other):
        return ("radd", other)
    def __rmul__(self, other):
        return ("rmul", other)

print([1] + R(), (1,) + R(), "a" + R(), b"x" + R(), 3 * R(), [0] * 2)

class MyList:
    def __init__(self, items):
        self.items = list(items)
    def __radd__(self, other):
        return MyList(list(other) + self.items)
    def __add__(self, other):
        return MyList(self.items + list(other))
    def __repr__(self):
        return f"MyList({self.items})"

print([1, 2] + MyList([3]), MyList([3]) + [4], (0,) + MyList([5]))
acc = []
acc += MyList([9])
print(acc)

class NoRadd:
    pass
for left in ([1], (1,), "s", b"b"):
    try:
        left + NoRadd()
    except TypeError as e:
        print("TypeError", e)

class Refuse:
    def __radd__(self, other):
        return NotImplemented
try:
    [1] + Refuse()
except TypeError as e:
    print("TypeError", e)
try:
    [1] + 2
except TypeError as e:
    print("TypeError", e)

class Seq:
    def __iter__(self):
        return iter([7, 8])
acc = [1]
alias = acc
acc += Seq()
print(acc, alias is acc)
