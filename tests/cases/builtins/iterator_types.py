# The type of each built-in container's iterator, as CPython 3.11 names it.
d = {"a": 1, "b": 2, "c": 3}
containers = [
    [1], d, d.keys(), d.values(), d.items(), {1}, frozenset({1}), "ab", "é",
    (1,), range(3), range(2**70), b"ab", bytearray(b"ab"),
]
for c in containers:
    it = iter(c)
    print(type(c).__name__, "->", type(it).__name__, type(it), type(it).__module__)

reversers = [[1, 2], (1, 2), "ab", range(3), d, d.keys(), d.values(), d.items(), b"ab"]
for c in reversers:
    r = reversed(c)
    print(type(c).__name__, "->", type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())

for r in [range(0, 10, 3), range(5, -5, -2), range(0), range(10, 0), range(-3, 3)]:
    print(r, list(reversed(r)), type(reversed(r)).__name__)

it = iter([1, 2, 3])
print(it.__length_hint__(), next(it), it.__length_hint__())
print(iter(b"xyz").__length_hint__(), list(iter(d.items())))

for it in [iter([]), iter(()), reversed([]), iter({}), iter({}.values()), iter(""), iter(b"")]:
    for attempt in (lambda: it[0], lambda: len(it)):
        try:
            attempt()
        except TypeError as e:
            print(e)

try:
    for k in d.values():
        d["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
