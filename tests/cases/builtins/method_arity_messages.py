"""Arity messages of dict's (key[, default]) methods and of open()'s clinic signature."""
for src in ["{}.setdefault()", "{}.pop()", "{}.get()", "dict.fromkeys()", "{}.get(1, 2, 3)",
            "{}.pop(1, 2, 3)", "{}.setdefault(1, 2, 3)", "open()", "open(mode='r')",
            "open(file='x', color=1)"]:
    try:
        eval(src)
    except TypeError as e:
        print(f"{src:28} {e}")
