def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case "hello":
            return "greeting"
        case None:
            return "nothing"
        case True:
            return "true"
        case [a]:
            return f"one item {a}"
        case [a, b]:
            return f"pair {a} {b}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case {"name": name, "age": age}:
            return f"person {name} {age}"
        case {"type": "point", **others}:
            return f"point with {others}"
        case (x, y, z):
            return "unreachable"
        case str() as s:
            return f"string {s!r}"
        case int(n) if n > 100:
            return f"big {n}"
        case float(f):
            return f"float {f}"
        case _:
            return "other"
for v in [0, 2, -1, "hello", None, True, [5], (1, 2), [1, 2, 3, 4], {"name": "Ann", "age": 30, "x": 1},
          {"type": "point", "x": 1}, "abc", 500, 50, 2.5, {1, 2}, []]:
    print(repr(v), "->", describe(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), 7]:
    print(where(p))

command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case ["quit"]:
        print("bye")
match 42:
    case x:
        print("captured", x)
print(x)
