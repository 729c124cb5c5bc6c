# ProcessPoolExecutor: wait(FIRST_COMPLETED), result(timeout), cancel, shutdown.
import time
from concurrent.futures import ProcessPoolExecutor, wait, FIRST_COMPLETED, ALL_COMPLETED, TimeoutError

def nap(seconds):
    time.sleep(seconds)
    return seconds

if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as ex:
        fast = ex.submit(nap, 0.05)
        slow = ex.submit(nap, 0.8)
        done, not_done = wait([fast, slow], return_when=FIRST_COMPLETED)
        print([f.result() for f in done], len(not_done))
        try:
            slow.result(timeout=0.05)
        except TimeoutError:
            print('slow not ready yet')
        queued = [ex.submit(nap, 0.3) for _ in range(4)]
        cancelled = [f.cancel() for f in queued[2:]]
        print(cancelled)
        done, _ = wait([slow] + queued, return_when=ALL_COMPLETED)
        print(slow.result(), [f.cancelled() for f in queued])
    try:
        ex.submit(nap, 0)
    except RuntimeError as e:
        print(e)
