from collections import namedtuple, deque, Counter, defaultdict, OrderedDict

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), p == (1, 2), isinstance(p, tuple))
x, y = p
print(x, y, list(p), p._fields, p._asdict(), p._replace(y=5), Point._make([3, 4]))
print(hash(p) == hash((1, 2)), {p: "a"}[(1, 2)], sorted([Point(2, 1), Point(1, 5)]))
P3 = namedtuple("P3", "a, b c", defaults=[0])
print(P3(1, 2), P3(1, 2, 3), P3(a=1, b=2), P3._field_defaults, Point, type(p).__name__)


class Vec(namedtuple("Vec", "x y")):
    def norm2(self):
        return self.x ** 2 + self.y ** 2


v = Vec(3, 4)
print(v, v.norm2(), v + (1,))

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, list(reversed(d)), d.count(7), d.index(7))
d[0] = 100
del d[1]
print(d, bool(d), bool(deque()))
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
print(bounded, bounded.maxlen, deque("abc"), deque())
q = deque()
q.append("a")
q.append("b")
while q:
    print("got", q.popleft())

c = Counter("abracadabra")
print(c, c["a"], c["z"], len(c))
print(c.most_common(2), c.most_common())
print(sorted(c.elements()))
c.update("aaz")
c.subtract({"b": 1})
print(c, c.total())
words = Counter(["red", "blue", "red", "green", "blue", "red"])
print(words, words.most_common(1)[0])
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter(), Counter({"x": 2}) == Counter(x=2), list(Counter("hello").keys()))
for k, n in Counter("mississippi").items():
    print(k, n)

dd = defaultdict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"].append(3)
print(dd, dd["a"], "c" in dd, len(dd), dd.default_factory)
counts = defaultdict(int)
for w in "the cat the hat the".split(" ") if False else ["the", "cat", "the", "hat", "the"]:
    counts[w] += 1
print(counts, dict(counts.items()), sorted(counts))
print(defaultdict(None, {1: 2}), isinstance(counts, dict))

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), od.popitem(), od)
od.move_to_end("b")
print(od, od.popitem(last=False), od == OrderedDict([("a", 2)]), OrderedDict())


def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(Point, 1)
attempt(Point, 1, 2, 3)
attempt(Point, 1, z=2)
attempt(namedtuple, "P", "x _y")
attempt(namedtuple, "P", "x x")
attempt(namedtuple, "P", "x class")
attempt(p._replace, z=1)
attempt(deque().pop)
attempt(deque([1]).remove, 5)
attempt(defaultdict, 5)
attempt(OrderedDict().popitem)
print(deque([1])[3])
