import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 3, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, 4, 6), bisect.bisect_right(a, 4, 0, 3))
print(bisect.bisect_left(a, 4, hi=2), bisect.bisect_right(a, 4, lo=5), bisect.bisect_left(a, 4, 0, None))
print(bisect.bisect_left(a, 1, 5, 3), bisect.bisect_left(a, 4, 0, -3))
print(bisect.bisect_left([], 5), bisect.bisect_right([], 5))

s = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(s, x)
print(s)
bisect.insort_left(s, 5)
bisect.insort_right(s, 5.0)
bisect.insort(s, 0, 0, 0)
print(s, [type(v).__name__ for v in s])

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])

# key= applies to the elements; insort applies it to the new item too.
records = [("bob", 23), ("amy", 31), ("eve", 45), ("dan", 52)]
print(bisect.bisect_left(records, 31, key=lambda r: r[1]))
print(bisect.bisect_right(records, 31, key=lambda r: r[1]))
bisect.insort(records, ("cat", 31), key=lambda r: r[1])
bisect.insort_left(records, ("ann", 31), key=lambda r: r[1])
bisect.insort(records, ("zed", 1), key=lambda r: r[1])
print(records)
print(bisect.bisect(records, 40, key=None) if False else bisect.bisect_left([1, 2, 3], 2, key=None))

# Any sequence: tuples, strings, ranges, and objects with __getitem__/__len__.
print(bisect.bisect_right((1, 2, 3), 2.5), bisect.bisect_left("acegi", "f"), bisect.bisect(range(0, 100, 5), 42))

class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        print("get", i)
        return i * i

print(bisect.bisect_left(Squares(10), 50))

class Log(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)

lg = Log([1, 3, 5])
bisect.insort(lg, 4)
print(lg)

class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

vs = [Version("1.0"), Version("1.2"), Version("2.0")]
bisect.insort(vs, Version("1.10"))
print(vs)
