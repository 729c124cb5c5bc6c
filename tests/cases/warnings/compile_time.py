# SyntaxWarnings CPython's compiler issues before the module runs.
x = 1
print(x is 1, x is not "a", x is (), 1 is x, x is -1, x is (1, 2), x is 2.5, x is b"")
print(x is None, x is True, x is ..., x is [1], x is (1, x), x is f"{x}", x == 1)
print(x is 1 is 2, x < 3 is not 4)
if (x
        is 1):
    print("if")
while (x
       is not 1):
    break
assert (x, "never fails")
assert x
lst = [1, 2]


def calls():
    for f in [lambda: (1, 2)(3), lambda: [1](), lambda: "s"(), lambda: {1}(),
              lambda: {}(), lambda: (-1)(), lambda: None(), lambda: f"{x}"(),
              lambda: [i for i in ()](), lambda: (i for i in ())(), lambda: 1.5()]:
        try:
            f()
        except TypeError as e:
            print(e)


def subscripts():
    for f in [lambda: 5[0], lambda: None[0], lambda: 1.5[0], lambda: ...[0],
              lambda: True[0], lambda: {1}[0], lambda: (lambda: 0)[0],
              lambda: [1, 2][1, 2], lambda: (1, 2)["a"], lambda: "ab"[1.5],
              lambda: [1][[0]], lambda: (1, x)[()], lambda: b"x"[{}],
              lambda: f"{x}"[None]]:
        try:
            f()
        except TypeError as e:
            print(e)
    # Not warned: names, ints, slices, dicts.
    print([1, 2][x], [1, 2][True], [1, 2][:1], {1: 2}[1], (1, 2)[-1], lst[x])


calls()
subscripts()
