# getattr, setattr, hasattr and delattr check their arguments as CPython does; dict's
# get, pop and setdefault need a key.
class Thing:
    pass


t = Thing()
for label, f in [
    ("getattr()", lambda: getattr()),
    ("getattr(t)", lambda: getattr(t)),
    ("getattr 4 args", lambda: getattr(t, "a", 1, 2)),
    ("getattr(t, 1)", lambda: getattr(t, 1)),
    ("setattr(t, 1, 2)", lambda: setattr(t, 1, 2)),
    ("hasattr(t, None)", lambda: hasattr(t, None)),
    ("delattr(t, 2.5)", lambda: delattr(t, 2.5)),
    ("{}.get()", lambda: {}.get()),
    ("{}.pop()", lambda: {}.pop()),
    ("{}.setdefault()", lambda: {}.setdefault()),
    ("{}.get(1, 2, 3)", lambda: {}.get(1, 2, 3)),
    ("{}.pop(1, 2, 3)", lambda: {}.pop(1, 2, 3)),
]:
    try:
        print(label, "=>", f())
    except TypeError as e:
        print(label, "|", e)
print(getattr(t, "missing", "default"), {}.get("k"), {}.pop("k", 0), {}.setdefault("k"))
