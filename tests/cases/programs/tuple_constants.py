# A tuple of constants is one constant: every evaluation gives the same object, and
# copying it (shallow or deep) gives it back.
import copy


def pair():
    return (1, 2)


def nested():
    return (1, ("a", None), -3, 2**4, "ab" * 2)


def built(x):
    return (1, x)


print(pair() is pair(), nested() is nested(), built(2) is built(2))
print(nested())
t = (1, 2)
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy(pair()) is pair())
print(copy.deepcopy((1, [2])) is (1, [2]))
print(() is (), (1,) == (1,), (1, True) == (True, 1), (0.0,) == (-0.0,))
print(repr((-0.0, 0.0)), (1, 2.0, True), (1, 1.0, True))
