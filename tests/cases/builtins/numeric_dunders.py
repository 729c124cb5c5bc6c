class Money:
    def __init__(self, cents):
        self.cents = cents

    def __float__(self):
        return self.cents / 100

    def __int__(self):
        return self.cents // 100

    def __round__(self, ndigits=None):
        print("round with", ndigits)
        return Money(round(self.cents, -2)) if ndigits is None else self

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(1999)
print(float(m), int(m), round(m), round(m, 1), round(m, None))


class Index:
    def __index__(self):
        return 7


print(float(Index()), int(Index()))


class Bad:
    def __float__(self):
        return 1

    def __int__(self):
        return "x"


for f in (float, int):
    try:
        f(Bad())
    except TypeError as e:
        print("TypeError:", e)
try:
    float(object())
except TypeError as e:
    print("TypeError:", e)
