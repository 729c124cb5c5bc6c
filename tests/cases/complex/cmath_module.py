# cmath: the quadratic formula with complex roots, and the common functions.
import cmath


def solve(a, b, c):
    d = b**2 - 4 * a * c
    return (-b + cmath.sqrt(d)) / (2 * a), (-b - cmath.sqrt(d)) / (2 * a)


for coeffs in [(1, -3, 2), (1, 2, 5), (2, 4, 2), (1, 0, 1), (3, 1, 7)]:
    r1, r2 = solve(*coeffs)
    print(f"{coeffs}: {r1} and {r2}")
print("The solutions are {0} and {1}".format(*solve(1, 5, 6)))
print(cmath.sqrt(-1), cmath.sqrt(-4), cmath.sqrt(2), cmath.sqrt(3 + 4j), cmath.sqrt(-2 - 0j))
print(cmath.phase(-1), cmath.phase(1j), cmath.polar(1j), cmath.polar(-2), cmath.rect(2, 0))
print(cmath.rect(1, cmath.pi / 2), cmath.exp(1j * cmath.pi), cmath.exp(1), cmath.log(-1))
print(cmath.log(100, 10), cmath.log10(1000), cmath.log(1j), cmath.sin(1j), cmath.cos(1 + 1j))
print(cmath.pi, cmath.e, cmath.inf, cmath.infj, cmath.isnan(cmath.nanj), cmath.isinf(1j), cmath.isfinite(1 + 1j))
try:
    cmath.log(0)
except ValueError as e:
    print(e)
try:
    cmath.sqrt("4")
except TypeError as e:
    print(e)
