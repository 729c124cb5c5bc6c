# Subscripts by int and list.append, including the cases a fast path must hand back.
xs = [10, 20, 30]
print(xs[0], xs[-1], xs[-3], (1, 2, 3)[-2], "héllo"[1], "hello"[-1], "abc"[0])
for bad in (3, -4):
    for seq in (xs, (1, 2, 3), "abc"):
        try:
            seq[bad]
        except IndexError as e:
            print(type(seq).__name__, bad, e)
print(xs[True], "abc"[False], xs[1:], "hello"[::-1])


class Shouty(list):
    def __getitem__(self, i):
        return f"item {i}"

    def append(self, x):
        super().append(x * 2)


class Pair(tuple):
    def __getitem__(self, i):
        return -super().__getitem__(i)


s = Shouty([1, 2])
print(s[0], Pair((4, 5))[1])
s.append(5)
print(list(s))

ys = []
ys.append(1)
list.append(ys, 2)
add = ys.append
add(3)
ys.append(ys)
print(ys, len(ys))
for call in (lambda: list.append(5, 1), lambda: ys.append(), lambda: ys.append(1, 2)):
    try:
        call()
    except TypeError as e:
        print(e)
