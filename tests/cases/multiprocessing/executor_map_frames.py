# Failures through executor.map: the frames of CPython's result iterator, and for a
# process pool its chunking and the worker's remote traceback.
import concurrent.futures
import time
import traceback


def invert(x):
    return 1 / x


def slow_invert(x):
    time.sleep(0.3)
    return 1 / x


if __name__ == "__main__":
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
        try:
            print(list(ex.map(slow_invert, [0])))
        except ZeroDivisionError:
            traceback.print_exc()
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(invert, [1, 2, 4], chunksize=2)))
        try:
            ex.map(invert, [1], chunksize=0)
        except ValueError as e:
            print(e)
        fut = ex.submit(invert, 0)
        concurrent.futures.wait([fut])
        try:
            fut.result()
        except ZeroDivisionError:
            traceback.print_exc()
        print(list(ex.map(slow_invert, [0])))
