import random
r = random.Random(5)
s = r.getstate()
print(s[0], len(s[1]), s[1][-1], s[2], s[1][:3])
r.gauss(0, 1)
s2 = r.getstate()
print(type(s2[2]))
a = [r.random() for _ in range(3)]
r.setstate(s2)
print(a == [r.random() for _ in range(3)])
for bad in [(3, [1], None), (3, (1, 2), None), (3, (0,) * 624 + (625,), None)]:
    try:
        r.setstate(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
