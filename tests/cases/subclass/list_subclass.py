# Subclasses of list: base methods, operators and builtins work on the instance.
class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

    def total(self):
        return sum(self)


s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s.total(), s[1:], s == [1, 2, 3])
print(type(s).__name__, isinstance(s, list), isinstance(s, Stack), bool(Stack()))
print(s + [4], sorted(s, reverse=True), 2 in s, list(reversed(s)))
s.label = "mine"
print(s.label, repr(s), str(s))
for x in s:
    print(x, end=" ")
print()


class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name

    def __repr__(self):
        return f"Named({self.name!r}, {super().__repr__()})"


n = Named("n", [3, 1, 2])
n.sort()
print(n, n.name, len(n))


class Logged(list):
    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)

    def __getitem__(self, i):
        r = super().__getitem__(i)
        print("get", i, r)
        return r

    def __len__(self):
        return 42


g = Logged([1, 2, 3])
g[0] = 10
print(g[0], g[0:2], len(g), list.__len__(g))
print(list.__getitem__([5, 6], 1), [1, 2].__len__(), [1, 2].__contains__(2))
try:
    Stack(1, 2)
except TypeError as e:
    print(e)
try:
    Stack(5)
except TypeError as e:
    print(e)
try:
    [].__getitem__()
except TypeError as e:
    print(e)
try:
    [].__len__(1)
except TypeError as e:
    print(e)
