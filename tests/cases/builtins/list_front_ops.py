# Removing from and inserting at the front of a list, mixed with every other list
# operation, on lists long enough to leave room at the front and to compact it.

l = list(range(40))
taken = [l.pop(0) for _ in range(25)]
print(taken)
print(l, len(l))
while l:
    print(l.pop(0), end=" ")
print()
print(l, len(l), l == [], bool(l))

l = list(range(30))
for _ in range(10):
    l.pop(0)
for i in range(15):
    l.insert(0, -i)
print(l)
print(len(l), l[0], l[-1], l[14], l[15])

# Middle positions, near the front and near the back.
l = list(range(50))
print(l.pop(1), l.pop(3), l.pop(45), l.pop(-2), l.pop(24))
l.insert(2, "a")
l.insert(-3, "b")
l.insert(23, "c")
l.insert(100, "end")
l.insert(-100, "start")
print(l)

# Everything else after front pops.
l = list(range(60))
for _ in range(20):
    l.pop(0)
del l[0]
del l[:3]
print(l[:5], l[-3:], l[::7], l[10:2:-3])
l[:2] = ["x", "y", "z"]
l[-2:] = []
l[5:8] = range(100, 103)
l[::9] = [None] * len(l[::9])
print(l)
del l[::4]
del l[2:5]
print(l, len(l))
nums = [v for v in l if isinstance(v, int)]
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums)
nums.extend([1, 2, 3])
print(nums.index(1), nums.count(1), nums.index(nums[-4]), 3 in nums, 999 in nums)
print(nums == sorted(nums), nums.copy() == nums, nums[:] is nums)
print(repr(nums[:6]), str(nums[-6:]))
print(min(nums), max(nums), sum(nums), sorted(nums)[:4])
print(list(reversed(nums))[:5], tuple(nums[:3]), list(enumerate(nums))[:2])
m = nums * 2
m += [7]
print(len(m), m[-3:])
nums.remove(1)
print(nums.count(1), nums[-3:])
nums.clear()
print(nums, len(nums))

# Front removal with del, front insertion, and a list emptied then reused.
l = list("abcdefghijklmnopqrstuvwxyz")
for _ in range(13):
    del l[0]
print("".join(l))
for ch in "MLKJIHGFEDCBA":
    l.insert(0, ch)
print("".join(l))
del l[:]
l.insert(0, 1)
l.append(2)
l.insert(0, 0)
print(l)

# A rotating window, both ways round.
w = list(range(20))
for i in range(1000):
    w.append(w.pop(0))
print(w)
for i in range(1000):
    w.insert(0, w.pop())
print(w)
for i in range(37):
    w.insert(0, w.pop(-5))
print(w)

# Equality and ordering against lists built directly.
a = list(range(100))
for _ in range(60):
    a.pop(0)
print(a == list(range(60, 100)), a < list(range(61, 100)), a > [60, 61])
print(a[::-1][:3], sorted(a, key=lambda v: -v)[:3])

# Errors keep CPython's messages.
for f in (
    lambda: [].pop(0),
    lambda: [].pop(),
    lambda: [1, 2].pop(5),
    lambda: [1, 2].pop(-3),
    lambda: [1].pop("0"),
    lambda: [].insert("0", 1),
    lambda: [1].insert(0),
    lambda: [].index(3),
):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
e = list(range(20))
while e:
    e.pop(0)
try:
    e.pop(0)
except IndexError as err:
    print("IndexError", err)
try:
    del e[0]
except IndexError as err:
    print("IndexError", err)
