# Iterating over a list while removing from and inserting at its front: the iterator
# walks by index, so items shift under it exactly as in CPython.

l = list(range(20))
for x in l:
    print(x, l.pop(0), len(l))
print(l)

l = list(range(30))
seen = []
for x in l:
    seen.append(x)
    if x % 3 == 0:
        l.insert(0, -x)
    if len(seen) > 40:
        break
print(seen)
print(l[:10], len(l))

l = list(range(25))
for i, x in enumerate(l):
    if i % 2:
        del l[0]
print(l)

it = iter(list(range(10)))
q = list(range(10))
it = iter(q)
next(it), next(it), next(it)
del q[:2]
print(list(it))

# Finalizers run in the order CPython frees items.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


l = [Noisy(i) for i in range(24)]
l.pop(0)
del l[0]
print("front gone")
del l[:3]
print("slice gone")
del l[10:13]
print("middle gone")
l.insert(0, Noisy("new"))
l[:2] = []
print("assigned")
del l[::5]
print("stepped")
del l[8:2:-2]
print("stepped back")
l[1:3] = [Noisy("x"), Noisy("y"), Noisy("z")]
print("replaced")
l[::3] = [Noisy("s%d" % i) for i in range(len(l[::3]))]
print("replaced stepped")
l.clear()
print("cleared")
l = [Noisy(i) for i in range(18)]
for _ in range(5):
    l.pop(0)
print("dropping")
l = None
print("end")
