"""A memoized recursion with tens of thousands of entries and hits stays fast."""
from functools import cache, lru_cache


@lru_cache(maxsize=None)
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


best = max(range(1, 20000), key=collatz_len)
print(best, collatz_len(best), collatz_len.cache_info())


@cache
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)


print(paths(120, 120), paths.cache_info())


@lru_cache(maxsize=3)
def sq(x):
    return x * x


for x in [1, 2, 3, 1, 4, 2, 1, 5]:
    sq(x)
print(sq.cache_info())
