from concurrent.futures import ProcessPoolExecutor, as_completed
import math

def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True

def fails(x):
    raise RuntimeError("worker failed on %r" % x)

NUMBERS = [112272535095293, 112582705942171, 115280095190773, 1099726899285419, 17, 18]

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        for n, prime in zip(NUMBERS[4:], executor.map(is_prime, NUMBERS[4:])):
            print("%d is prime: %s" % (n, prime))
        futures = [executor.submit(pow, 2, k) for k in (10, 100)]
        print([f.result() for f in futures])
        print(sorted(f.result() for f in as_completed(executor.submit(is_prime, k) for k in range(10))))
        try:
            executor.submit(fails, "x").result()
        except RuntimeError as e:
            print("RuntimeError:", e)
