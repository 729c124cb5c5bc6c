# A bare object() has no __dict__; str methods' argument errors as argument clinic words them.
o = object()
for action in [lambda: setattr(o, "x", 1), lambda: o.__dict__, lambda: vars(o), lambda: o.missing]:
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
sentinel = object()
print(sentinel is sentinel, sentinel != object(), type(sentinel).__name__, hasattr(sentinel, "__dict__"))


class Plain:
    pass


p = Plain()
p.x = 1
print(vars(p), hasattr(p, "__dict__"))
for call in ["' '.split(1)", "' '.rsplit(sep=2.5)", "' '.strip(1)", "' '.lstrip(b'x')", "' '.rstrip([])",
             "'a\\nb'.splitlines('x')", "'a\\nb'.splitlines(1.5)", "'a\\nb'.splitlines(2**70)"]:
    try:
        eval(call)
    except Exception as e:
        print(call, type(e).__name__, e)
print('a\nb'.splitlines(2), 'a\nb'.splitlines(keepends=0), ' a b '.split(None), ' a b '.strip(None))
