def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

print(isqrt(10**50))
print(isqrt(2 * 10**60))
r = isqrt(12345678987654321)
print(r, r * r)
