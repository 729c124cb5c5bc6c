import threading
import time

sem = threading.Semaphore(2)
# Two threads inside at once, whatever the scheduling: each waits for a partner.
pair = threading.Barrier(2)
guard = threading.Lock()
active = 0
peak = 0

def worker():
    global active, peak
    with sem:
        with guard:
            active += 1
            peak = max(peak, active)
        pair.wait()
        with guard:
            active -= 1

threads = [threading.Thread(target=worker) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(peak, active)
s = threading.Semaphore(0)
print(s.acquire(False), s.acquire(timeout=0.01))
s.release(3)
print(s.acquire(), s.acquire(), s.acquire(), s.acquire(blocking=False))
