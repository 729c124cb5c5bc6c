# A tour of the Future API: callbacks, exceptions, map raising while iterated, cancelling
# a pending call, wait and as_completed timing out; the classes' modules.
import concurrent.futures
import threading
import time

def work(n):
    time.sleep(0.01 * n)
    if n == 3:
        raise RuntimeError(f"job {n} failed")
    return n * 10

def done_cb(fut):
    if fut.exception():
        print("callback: failed with", repr(fut.exception()))
    else:
        print("callback: got", fut.result())

with concurrent.futures.ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(work, 1)
    f.add_done_callback(done_cb)
    f.result()
    g = ex.submit(work, 3)
    g.add_done_callback(done_cb)
    concurrent.futures.wait([g])
    print(g.exception())
    results = ex.map(work, [1, 2, 3, 4])
    try:
        for r in results:
            print("map result", r)
    except RuntimeError as e:
        print("map raised", e)
    h = ex.submit(time.sleep, 0.2)
    pending = ex.submit(work, 1)
    print("cancel pending:", pending.cancel(), pending.cancelled())
    try:
        pending.result()
    except concurrent.futures.CancelledError as e:
        print("CancelledError", repr(e))
    done, not_done = concurrent.futures.wait([h], timeout=0.01)
    print(len(done), len(not_done))
    try:
        for f in concurrent.futures.as_completed([h], timeout=0.01):
            pass
    except concurrent.futures.TimeoutError as e:
        print("as_completed:", e)
    ex.shutdown(wait=False, cancel_futures=True)
print("after with")
print(concurrent.futures.CancelledError.__module__, concurrent.futures.TimeoutError)
print(concurrent.futures.Future().__class__.__module__)
