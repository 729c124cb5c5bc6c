def f(v):
    match v:
        case [1, 2] as pair:
            return ("pair", pair)
        case (1 | 2) as small:
            return ("small", small)
        case {"k": [_, _] as two}:
            return ("two", two)
        case [(0 as z), *rest] if rest:
            return ("zero-led", z, rest)
        case 3, 4 as four:
            return ("open", four)
        case str() as s if len(s) > 2:
            return ("long str", s)
        case _:
            return "other"
for v in [[1, 2], 2, {"k": [5, 6]}, [0, 1], (3, 4), "hello", "hi"]:
    print(f(v))
