import threading

lock = threading.Lock()
for f in [lock.release,
          lambda: lock.acquire(False, 1),
          lambda: lock.acquire(True, -2),
          lambda: lock.acquire(timeout=-5),
          lambda: threading.RLock().release(),
          lambda: threading.Semaphore(-1),
          lambda: threading.Condition().wait(),
          lambda: threading.Condition().notify(),
          lambda: threading.Thread(target=print).join(),
          lambda: threading.current_thread().join()]:
    try:
        f()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print(type(e).__name__, e)
