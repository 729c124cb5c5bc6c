# An exception raised in a pool worker comes back with the worker's traceback as its
# __cause__, so an uncaught one shows where in the worker it happened.
from multiprocessing import Pool
from concurrent.futures import ProcessPoolExecutor


def work(x):
    if x == 3:
        raise ValueError("three is bad")
    return x


def tail(cause):
    return str(cause).splitlines()[-3:]


def frames(cause):
    return [line.split(", in ")[1] for line in str(cause).splitlines() if ", in " in line]


if __name__ == "__main__":
    with Pool(2) as p:
        try:
            p.map(work, range(5))
        except ValueError as e:
            print("caught:", repr(e))
            cause = e.__cause__
            print(type(cause).__module__, type(cause).__name__)
            print(tail(cause), frames(cause))
            print(str(cause).startswith('\n"""\nTraceback (most recent call last):\n'))
        r = p.apply_async(work, (3,), error_callback=lambda e: print("errcb", type(e.__cause__).__name__))
        r.wait()
        print(r.successful())
        print(p.apply_async(work, (2,)).get())
    with ProcessPoolExecutor(max_workers=1) as ex:
        f = ex.submit(work, 3)
        e = f.exception()
        print(repr(e), type(e.__cause__).__module__, type(e.__cause__).__name__)
        print(tail(e.__cause__), frames(e.__cause__))
