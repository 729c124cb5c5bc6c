from collections import deque
d = deque([1, 2, 3])
print(type(iter(d)), type(reversed(d)))
print(type(iter(d)).__name__, type(reversed(d)).__qualname__, type(iter(d)).__module__)
print(list(d), list(reversed(d)), [x * 2 for x in d])
it = iter(d)
print(next(it), it.__length_hint__())
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(it, "done"))
it = iter(d)
d[0] = 10
print(list(it))
r = reversed(d)
print(next(r))
d.rotate(1)
try:
    next(r)
except RuntimeError as e:
    print("RuntimeError:", e)
for name in ["append", "appendleft", "pop", "popleft", "clear", "extend", "insert", "remove", "reverse", "rotate"]:
    d = deque([1, 2, 3])
    it = iter(d)
    next(it)
    args = {"append": (5,), "appendleft": (5,), "extend": ([7],), "insert": (0, 9), "remove": (2,), "rotate": (1,)}.get(name, ())
    getattr(d, name)(*args)
    try:
        print(name, next(it))
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
d = deque(range(5), maxlen=3)
print(list(iter(d)), len(list(reversed(d))), sorted(d), sum(d), 4 in d, max(d))
e = deque()
print(list(e), list(reversed(e)), next(iter(e), "empty"))
