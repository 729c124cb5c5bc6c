class I:
    def __index__(self):
        return 2
class M:
    def __mul__(self, o):
        return NotImplemented
class R:
    def __rmul__(self, o):
        return "rmul"
print([1, 2] * I(), "ab" * I(), (1,) * I(), I() * "x")
print("ab" * R(), [0] * R())
for a, b in [(M(), "x"), ("x", M()), ([1], M()), (M(), (1,)), (M(), [1]), (b"x", M()), (M(), 2)]:
    try:
        a * b
    except TypeError as e:
        print(e)
try:
    "x" * 2.5
except TypeError as e:
    print(e)
try:
    [1] * None
except TypeError as e:
    print(e)
