"""gamma and lgamma agree with CPython to the last bit (its own Lanczos sum, not libm)."""
import math
xs = [0.5, 1.5, 2.5, 3.7, 10, 10.5, 20.2, 50.5, 100.1, 150.3, 170.5, 171.7, 0.001, 1e-25, -0.5, -1.5, -2.7, -10.3, -150.2, -170.9, -200.5, -250.5, 7.25, 30.0, 23.0, 24.0, 1e300, 3, 1, 2, 1e-300]
for x in xs:
    out = []
    for f in (math.gamma, math.lgamma):
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(f"{type(e).__name__}:{e}")
    print(x, *out)
for x in [0.0, -0.0, -1, -2.0, float("inf"), float("-inf"), float("nan")]:
    for f in (math.gamma, math.lgamma):
        try:
            print(x, f.__name__, f(x))
        except (ValueError, OverflowError) as e:
            print(x, f.__name__, type(e).__name__, e)
