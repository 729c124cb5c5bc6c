for a, k in [((), {}), ((2,), {}), ((), {'base': 2}), ((2,), {'mod': 3}), ((1, 2, 3, 4), {}), ((2,), {'exp': 3, 'x': 1}),
             ((2, 3), {'base': 3}), ((2, 3, 5), {}), ((2, 3, None), {}), ((2, -1, 7), {})]:
    try:
        print(pow(*a, **k))
    except TypeError as e:
        print("TypeError:", e)
print(pow(base=2, exp=10, mod=1000), pow(2, exp=0.5), pow(2, 3, mod=None), pow(exp=2, base=9))
from functools import partial
square = partial(pow, exp=2)
print(square(7), list(map(square, range(5))))
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
