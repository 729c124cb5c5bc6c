import copy


class Point:
    def __init__(self, x, y):
        print("init", x, y)
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, [2, 3])
q = copy.copy(p)
r = copy.deepcopy(p)
p.y.append(4)
print(p, q, r, type(q).__name__, q is p, q.y is p.y, r.y is p.y)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node("root")
kid = root.add(Node("kid"))
kid.add(Node("grandkid"))
clone = copy.deepcopy(root)
print(clone.name, [c.name for c in clone.children], clone.children[0].parent is clone)
print(clone.children[0] is kid, clone.children[0].children[0].parent is clone.children[0])


class Custom:
    def __init__(self, data):
        self.data = data

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.data + ["shallow"])

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.data, memo) + ["deep"])


cu = Custom([1])
print(copy.copy(cu).data, copy.deepcopy(cu).data)
print(copy.deepcopy([cu, cu])[0].data)


class Stateful:
    def __init__(self):
        self.value = 1
        self.cache = {"big": 1}

    def __getstate__(self):
        print("getstate")
        state = dict(self.__dict__)
        del state["cache"]
        return state

    def __setstate__(self, state):
        print("setstate", sorted(state))
        self.__dict__.update(state)
        self.cache = {}


st = copy.copy(Stateful())
print(st.value, st.cache)
st2 = copy.deepcopy(Stateful())
print(st2.value, st2.cache)


class Guarded:
    def __init__(self, v):
        object.__setattr__(self, "v", v) if False else self.__dict__.update(v=v)

    def __setattr__(self, name, value):
        raise AttributeError("read-only")


g = copy.deepcopy(Guarded([1]))
print(g.v)


class Empty:
    pass


e = copy.copy(Empty())
print(type(e).__name__, vars(e))


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.tag = "t"
ml2 = copy.copy(ml)
ml3 = copy.deepcopy(ml)
ml[1].append(3)
print(type(ml2).__name__, ml2, ml2.tag, type(ml3).__name__, ml3, ml3.tag)


class MyDict(dict):
    pass


md = MyDict(a=[1])
md2 = copy.deepcopy(md)
md["a"].append(2)
print(type(md2).__name__, md2, md)


class Err(Exception):
    pass


err = Err("bad", 2)
err.extra = [1]
err2 = copy.deepcopy(err)
print(type(err2).__name__, err2.args, err2.extra, err2.extra is err.extra)

import collections

dq = collections.deque([[1], [2]], maxlen=5)
dq2 = copy.copy(dq)
dq3 = copy.deepcopy(dq)
dq[0].append(9)
print(dq2, dq3)
cnt = collections.Counter("hello")
print(copy.copy(cnt), copy.deepcopy(cnt))
dd = collections.defaultdict(list)
dd["a"].append(1)
dd2 = copy.deepcopy(dd)
dd["a"].append(2)
dd2["b"].append(3)
print(dict(dd2), dd2.default_factory)
P = collections.namedtuple("P", "x y")
pt = P(1, [2])
pc = copy.copy(pt)
pd = copy.deepcopy(pt)
pt.y.append(3)
print(pc, pd, pc == pt)


def gen():
    yield 1


try:
    copy.copy(gen())
except TypeError as exc:
    print("TypeError:", exc)
try:
    copy.deepcopy(copy)
except TypeError as exc:
    print("TypeError:", exc)
try:
    copy.copy()
except TypeError as exc:
    print("TypeError:", exc)
