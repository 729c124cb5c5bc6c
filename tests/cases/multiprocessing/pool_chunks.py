# Pool.map sends its calls in chunks: a chunk runs in one worker, and an error's
# remote traceback goes through the worker and mapstar frames as in CPython.
import os
import re
from multiprocessing import Pool
from multiprocessing.pool import ThreadPool


def pid(_):
    return os.getpid()


def work(x):
    if x == 5:
        raise ValueError("five")
    return x * 10


def frames(exc):
    return re.findall(r", in (\S+)\n", str(exc.__cause__))


if __name__ == "__main__":
    with Pool(2) as pool:
        pids = pool.map(pid, range(8), chunksize=4)
        print(len(set(pids[:4])), len(set(pids[4:])), len(pids))
        pids = list(pool.imap(pid, range(6), chunksize=3))
        print(len(set(pids[:3])), len(set(pids[3:])))
        print(pool.map(work, range(5)), pool.map(work, []))
        print(sorted(pool.imap_unordered(work, range(5), chunksize=2)))
        try:
            pool.map(work, range(10), chunksize=3)
        except ValueError as e:
            print("map:", repr(e), frames(e))
        try:
            list(pool.imap(work, range(10), chunksize=2))
        except ValueError as e:
            print("imap:", frames(e))
        try:
            pool.starmap(divmod, [(1, 1), (1, 0)])
        except ZeroDivisionError as e:
            print("starmap:", frames(e))
        r = pool.map_async(work, range(3), callback=print)
        r.wait()
        print(r.successful())
        r = pool.map_async(work, range(7), chunksize=2, error_callback=lambda e: print("error callback", repr(e)))
        r.wait()
        print(r.successful())
        empty = pool.map_async(work, [], callback=print)
        print(empty.ready(), empty.get())
        try:
            pool.imap(work, [1], chunksize=0)
        except ValueError as e:
            print("ValueError:", e)
    with ThreadPool(2) as pool:
        print(pool.map(work, range(4), chunksize=3))
        try:
            pool.map(work, range(6))
        except ValueError as e:
            print("thread pool:", repr(e), e.__cause__)
