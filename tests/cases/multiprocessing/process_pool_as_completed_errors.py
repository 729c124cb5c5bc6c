# ProcessPoolExecutor: submit, as_completed, exceptions from workers, map.
from concurrent.futures import ProcessPoolExecutor, as_completed
import math

def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(math.isqrt(n)) + 1):
        if n % d == 0:
            return False
    return True

def risky(n):
    if n == 3:
        raise ValueError(f'bad input {n}')
    return n * 10

if __name__ == '__main__':
    nums = [1000003, 1000033, 1000037, 1000039, 17, 18]
    with ProcessPoolExecutor(max_workers=2) as ex:
        for n, prime in zip(nums, ex.map(is_prime, nums)):
            print(n, prime)
        futs = {ex.submit(risky, n): n for n in range(5)}
        out = []
        for f in as_completed(futs):
            n = futs[f]
            try:
                out.append((n, f.result()))
            except ValueError as e:
                out.append((n, 'error: %s' % e))
        print(sorted(out, key=lambda x: x[0]))
        try:
            list(ex.map(risky, range(5)))
        except ValueError as e:
            print('map raised', repr(e))
        print(list(ex.map(risky, [1, 2], chunksize=2)))
