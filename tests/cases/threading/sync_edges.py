# Error messages, reprs and timeouts of threading's primitives, with addresses masked.
import re
import threading
import time


def masked(obj):
    return re.sub(r"0x[0-9a-f]+", "ADDR", repr(obj))


def attempt(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as exc:
        print(label, "->", type(exc).__name__, exc)
    else:
        print(label, "=", result)


# Semaphores
sem = threading.Semaphore(2)
print(masked(sem))
attempt("Semaphore(-1)", threading.Semaphore, -1)
attempt("acquire(False, 1)", sem.acquire, False, 1)
attempt("release(0)", sem.release, 0)
print(sem.acquire(), sem.acquire(), sem.acquire(False), sem.acquire(timeout=0.01))
print(masked(sem))
sem.release(2)
print(masked(sem))
with sem:
    print("inside", masked(sem))
bsem = threading.BoundedSemaphore(3)
print(masked(bsem))
bsem.acquire()
attempt("bounded release(2)", bsem.release, 2)
bsem.release()
attempt("bounded release()", bsem.release)
attempt("bounded release(0)", bsem.release, 0)
print(masked(bsem))

# Events
ev = threading.Event()
print(masked(ev), ev.is_set(), ev.wait(0.01), ev.wait(0))
ev.set()
print(masked(ev), ev.is_set(), ev.wait(), ev.wait(0))
ev.clear()
print(masked(ev), ev.is_set())

# Conditions
cond = threading.Condition(threading.Lock())
attempt("wait un-acquired", cond.wait)
attempt("notify un-acquired", cond.notify)
attempt("notify_all un-acquired", cond.notify_all)
with cond:
    print("wait timeout:", cond.wait(0.01))
    print("wait_for false:", cond.wait_for(lambda: False, 0.02))
    print("wait_for true:", cond.wait_for(lambda: 42))
    print("wait 0:", cond.wait(0))
rcond = threading.Condition()
with rcond:
    with rcond:
        print("nested rlock wait:", rcond.wait(0.01))
print(masked(rcond).startswith("<Condition(<unlocked _thread.RLock object owner=0 count=0"))

ready = []
woken = []
done = threading.Semaphore(0)
c2 = threading.Condition()


def sleeper(i):
    with c2:
        ready.append(i)
        c2.wait()
        woken.append(i)
    done.release()


threads = [threading.Thread(target=sleeper, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
while len(ready) < 4:
    time.sleep(0.001)
with c2:
    # Each sleeper appended under the lock and released it only by waiting.
    print(masked(c2).endswith(", 4)>"))
    c2.notify(2)
done.acquire()
done.acquire()
print("after notify(2):", len(woken), done.acquire(timeout=0.05))
with c2:
    c2.notify_all()
for t in threads:
    t.join()
print("after notify_all:", sorted(woken))

# RLock
rl = threading.RLock()
attempt("rlock release unowned", rl.release)
print(masked(rl))
rl.acquire()
rl.acquire()
print(re.sub(r"owner=\d+", "owner=N", masked(rl)))
rl.release()
rl.release()
print(masked(rl))
lk = threading.Lock()
attempt("lock release unlocked", lk.release)
print(lk.acquire(timeout=0.01), lk.acquire(timeout=0.01), lk.locked())
lk.release()

# Barriers
b = threading.Barrier(2, timeout=0.02)
print(masked(b), b.parties, b.n_waiting, b.broken)
try:
    b.wait()
except threading.BrokenBarrierError as exc:
    print("barrier timeout:", type(exc).__name__, repr(exc), exc.__class__.__mro__[1].__name__)
print(masked(b), b.broken)
b.reset()
print(masked(b), b.broken)
b.abort()
attempt("wait aborted", b.wait)
b.reset()
results = []
b3 = threading.Barrier(3, action=lambda: results.append("action"))
workers = [threading.Thread(target=lambda: results.append(b3.wait())) for _ in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(map(str, results)))

# Threads
t = threading.Thread(target=print, args=("hi",), name=7)
print(t.name, repr(t), t.is_alive(), t.ident, t.native_id, t.daemon)
attempt("join unstarted", t.join)
t.start()
t.join()
print(re.sub(r"\d{4,}", "N", repr(t)), t.is_alive())
attempt("start again", t.start)
attempt("set daemon", setattr, t, "daemon", True)
attempt("join current", threading.current_thread().join)
d = threading.Thread(target=len, args=((),), daemon=True)
print(repr(d), d.daemon)
print(repr(threading.main_thread()).startswith("<_MainThread(MainThread, started "))
print(threading.main_thread() is threading.current_thread(), threading.active_count())
print([type(x).__name__ for x in threading.enumerate()])


class Sub(threading.Thread):
    def __init__(self):
        pass


attempt("uninitialised start", Sub().start)
attempt("uninitialised join", Sub().join)
args = threading.ExceptHookArgs((ValueError, ValueError("x"), None, None))
print(args.exc_type, repr(args.exc_value), args.exc_traceback, args.thread)
attempt("Thread(group=1)", threading.Thread, 1)
timer = threading.Timer(0.01, print, args=["timer ran"], kwargs={"end": "!\n"})
timer.start()
timer.join()
print(timer.finished.is_set())
