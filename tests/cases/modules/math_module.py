import math
print(math.sqrt(16), math.floor(3.7), math.floor(5), math.ceil(2.1), math.pi, math.e, math.tau, math.inf, math.nan)
print(math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.isqrt(99))
print(math.factorial(30), math.floor(-2.5), math.ceil(-2.5), type(math.floor(2.0)))
print(math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(1000), math.log(math.e))
print(math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.prod([1, 2, 3, 4]), math.prod([1.5, 2]), math.prod([]), math.isclose(0.1 + 0.2, 0.3))
print(math.sin(math.pi / 2), math.cos(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4), math.trunc(-3.7), math.copysign(3, -0.0))
print(math.gamma(5), math.exp(1), math.pow(2, 10), math.fabs(-3), math.fmod(7, 3), math.remainder(7, 3))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1.0), math.sqrt(2) ** 2)


def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(math.sqrt, -1)
attempt(math.log, 0)
attempt(math.sqrt, "x")
attempt(math.factorial, 5.5)
attempt(math.factorial, -1)
attempt(math.exp, 1000)
attempt(math.pow, 1)
attempt(math.floor, None)
attempt(math.floor, math.inf)
attempt(math.trunc, "a")
attempt(math.sqrt)
attempt(math.log)
attempt(math.isqrt, -4)
attempt(math.gcd, 1.5)
attempt(math.dist, [1], [1, 2])
print(math.sqrt(-4))
