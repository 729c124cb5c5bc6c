# Executor.map with a timeout: the results that came in time, then TimeoutError.
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, TimeoutError

def slow_square(x):
    time.sleep(1.0 if x == 2 else 0.01)
    return x * x

def square(x):
    return x * x

if __name__ == '__main__':
    for kind in (ThreadPoolExecutor, ProcessPoolExecutor):
        with kind(max_workers=3) as ex:
            got = []
            try:
                for r in ex.map(slow_square, range(4), timeout=0.5):
                    got.append(r)
            except TimeoutError:
                print(kind.__name__, 'timed out after', got)
            print(list(ex.map(square, range(5))))
