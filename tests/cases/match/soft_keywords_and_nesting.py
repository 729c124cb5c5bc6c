match = [1, 2]
print(match)
match[0] = 5
print(match[0])
def match_fn(case):
    return case * 2
print(match_fn(3))
case = 1
case += 1
print(case)
class Color:
    RED = "red"
    GREEN = "green"
def paint(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN | "lime":
            return "is green"
    return "unknown"
print(paint("red"), paint("lime"), paint("blue"))
def nested(v):
    match v:
        case [[a, b], [c, *_]]:
            return ("nested", a, b, c)
        case {"k": [x, {"deep": y}]}:
            return ("deep", x, y)
        case (1 | 2, m) as whole:
            return ("as", whole, m)
        case [*_, last]:
            return ("last", last)
    return None
print(nested([[1, 2], [3, 4, 5]]), nested({"k": [1, {"deep": 2}]}), nested((2, 9)), nested([7, 8, 9]))
print(nested("ab"), nested({"k": [1, 2]}))
def shapes(s):
    match s:
        case {"kind": "circle", "r": r}:
            return 3 * r * r
        case {"kind": "rect", "w": w, "h": h}:
            return w * h
        case _:
            raise ValueError(f"bad shape {s}")
print(shapes({"kind": "circle", "r": 2}), shapes({"kind": "rect", "w": 2, "h": 5}))
for v in [1.0, 1, True]:
    match v:
        case 1:
            print("one", repr(v))
match (1, 2):
    case [1, 2]:
        print("tuple matches list pattern")
match "xy":
    case [a, b]:
        print("string is not a sequence")
    case _:
        print("str not sequence")
match 5:
    case -5 | 5:
        print("five")
from collections import namedtuple
P = namedtuple("P", "x y")
match P(1, 2):
    case P(x, y):
        print("namedtuple", x, y)
try:
    shapes({"kind": "tri"})
except ValueError as e:
    print(e)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
class Two:
    __match_args__ = ("a",)
    a = 1
try:
    match Two():
        case Two(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 1:
        case len():
            pass
except TypeError as e:
    print("TypeError:", e)
