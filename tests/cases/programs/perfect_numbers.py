def divisor_sum(n):
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            if d != n // d:
                total += n // d
        d += 1
    return total

for n in range(2, 10000):
    if divisor_sum(n) == n:
        print(n)
