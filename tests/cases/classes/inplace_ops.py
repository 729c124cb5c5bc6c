# Augmented assignment: lists change in place; __iadd__ and friends are honoured.
x = [1, 2]
y = x
y += [3]
y += (4, 5)
y += "ab"
print(x, x is y)
z = x
z *= 2
print(x is z, len(x))
w = [0]
w *= 0
print(w)
t = (1,)
u = t
u += (2,)
print(t, u, t is u)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self

    def __add__(self, other):
        return "added"


a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items, a + 1)


class OnlyAdd:
    def __add__(self, other):
        return "plain add"


o = OnlyAdd()
o += 1
print(o)
for bad in (5, 2.0):
    try:
        v = [1]
        if bad == 5:
            v += bad
        else:
            v *= bad
    except TypeError as e:
        print(e)
