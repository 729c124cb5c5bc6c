class I(int):
    def __invert__(self):
        return 'inv'
    def __neg__(self):
        return 'neg'
    def __or__(self, o):
        return 'or'
print(~I(2), -I(2), I(2) | 1, 1 | I(2))


class F(float):
    def __neg__(self):
        return 'fneg'


class Plain(int):
    pass


print(-F(1.5), +F(2.0), ~Plain(5), -Plain(5), +Plain(-3), type(-Plain(5)).__name__)
