# Assigning an exception's chaining fields changes how its traceback is printed.
e = ValueError(1)
for name, v in [("__cause__", 3), ("__context__", "x"), ("__suppress_context__", 1),
                ("__cause__", KeyError(2)), ("__context__", None)]:
    try:
        setattr(e, name, v)
        print(name, "ok", repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
    except TypeError as x:
        print(name, x)

try:
    try:
        raise ValueError(1)
    except ValueError:
        raise KeyError(2)
except KeyError as e:
    e.__suppress_context__ = True
    print(e.__suppress_context__, repr(e.__context__))
    x = e
raise x
