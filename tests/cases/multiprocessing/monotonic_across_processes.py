# time.monotonic and time.perf_counter are the system's clocks, so a child process's
# readings fall between the parent's before and after it.
import multiprocessing
import time


def stamp(q):
    q.put((time.monotonic(), time.perf_counter(), time.monotonic_ns()))


if __name__ == "__main__":
    q = multiprocessing.Queue()
    before = time.monotonic()
    p = multiprocessing.Process(target=stamp, args=(q,))
    p.start()
    child = q.get()
    p.join()
    after = time.monotonic()
    print(before <= child[0] <= after)
    print(abs(child[1] - child[0]) < 1)
    print(before * 1e9 - 1e6 <= child[2] <= after * 1e9 + 1e6)
    print(time.perf_counter() > 0, type(time.perf_counter_ns()).__name__)
