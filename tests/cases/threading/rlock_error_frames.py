# threading's RLock is written in C in CPython: its errors show no frame of it.
import threading, queue, traceback
for fn in (threading.RLock().release, threading.Condition().notify):
    try:
        fn()
    except Exception:
        traceback.print_exc()
r = threading.RLock()
try:
    with r:
        r.release()
except RuntimeError:
    traceback.print_exc()
