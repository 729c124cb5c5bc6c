r = range(0, 20, 3)
print(r.index(9), r.count(9), r.count(10), r.count(9.0), r.index(9.0), r.index(True) if True in r else "", r.count(True))
for bad in [10, "a", 2.5, -3, 21]:
    try:
        r.index(bad)
    except ValueError as e:
        print(e)
print(range(5).count("a"), range(10, 0, -2).index(4), range(-5, 5).index(-5), range(2 ** 70, 2 ** 70 + 10).index(2 ** 70 + 3))
try:
    r.index()
except TypeError as e:
    print(e)
try:
    r.count(1, 2)
except TypeError as e:
    print(e)


class AnyEq:
    def __eq__(self, other):
        return True


print(range(4).count(AnyEq()), range(4).index(AnyEq()))
