# Failures in pool workers: the remote traceback and the frames of CPython's pool.py,
# and multiprocessing's own TimeoutError, which the builtin one does not catch.
import multiprocessing
import time
import traceback


def square(x):
    if x == 3:
        raise ValueError(f"cannot square {x}")
    return x * x


def add(a, b):
    return a + b


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        res = pool.apply_async(time.sleep, (1,))
        try:
            res.get(timeout=0.05)
        except TimeoutError:
            print("builtin TimeoutError")
        except multiprocessing.TimeoutError:
            traceback.print_exc()
        print(multiprocessing.TimeoutError.__mro__)
        try:
            pool.starmap(add, [(1, 2), (3, None)])
        except TypeError:
            traceback.print_exc()
        print(pool.map(square, range(5)))
