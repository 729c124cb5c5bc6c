class Mod:
    def __init__(self, v):
        self.v = v
    def __pow__(self, other, mod=None):
        if mod is None:
            return Mod(self.v ** other)
        return Mod(pow(self.v, other, mod))
    def __rpow__(self, other):
        return ("rpow", other)
    def __repr__(self):
        return f"Mod({self.v})"

print(pow(Mod(3), 4, 5), pow(Mod(3), 4), Mod(2) ** 10, 2 ** Mod(3))
print(pow(Mod(3), 4, None))

class Two:
    def __pow__(self, other):
        return "two-arg"
print(pow(Two(), 2))

class No:
    def __pow__(self, other, mod=None):
        return NotImplemented
    def __rpow__(self, other, mod=None):
        return "rpow"

for args in [(No(), 2, 5), (2, Mod(1), 5), (2, 3, Mod(1)), (2.0, 2, 5), (2, 2, 5.0), (2, "a", 5)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print("TypeError", e)
try:
    pow(Two(), 2, 3)
except TypeError as e:
    print("TypeError", e)
print(pow(3, 4, 5), pow(2, -1, 7))
