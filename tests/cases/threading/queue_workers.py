# Queue.join with workers, blocking puts released by a consumer, SimpleQueue's
# smaller API, and the containers each queue kind keeps its items in.
import queue
import threading

q = queue.Queue()
print(q.maxsize, q.unfinished_tasks, type(q.queue).__name__, q.empty(), q.full())
totals = []


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        totals.append(item * item)
        q.task_done()


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(30):
    q.put(i)
q.join()
print("joined:", sum(totals), len(totals), q.unfinished_tasks)
for _ in workers:
    q.put(None)
for w in workers:
    w.join()
print(q.qsize(), q.empty())

bounded = queue.Queue(2)
bounded.put("a")
bounded.put("b")
print(bounded.full(), list(bounded.queue))
consumed = []
t = threading.Thread(target=lambda: consumed.extend(bounded.get() for _ in range(4)))
t.start()
bounded.put("c")
bounded.put("d", timeout=5)
t.join()
print(consumed, bounded.empty())
try:
    bounded.put("x", timeout=-0.5)
except ValueError as exc:
    print("put:", exc)
try:
    bounded.put("x", True, -1)
except ValueError as exc:
    print("put positional:", exc)
unbounded = queue.Queue(-3)
for i in range(5):
    unbounded.put_nowait(i)
print(unbounded.full(), unbounded.qsize())

lq = queue.LifoQueue(maxsize=3)
pq = queue.PriorityQueue()
print(type(lq.queue).__name__, type(pq.queue).__name__)
for word in ["pear", "apple", "fig", "kiwi"]:
    pq.put((len(word), word))
print([pq.get_nowait() for _ in range(4)])
lq.put(1)
lq.put(2)
lq.put(3)
try:
    lq.put(4, block=False)
except queue.Full as exc:
    print("lifo full:", repr(exc))
print(lq.get(), lq.get(), lq.qsize())

sq = queue.SimpleQueue()
print(type(sq).__module__, type(sq).__name__, sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=1)
print(sq.qsize(), sq.get(), sq.get(False), sq.get(timeout=1), sq.empty())
for name in ("task_done", "join", "full", "maxsize"):
    print(name, hasattr(sq, name))
try:
    sq.get(timeout=0.01)
except queue.Empty as exc:
    print("simple empty:", repr(exc), type(exc).__module__)
try:
    sq.get(timeout=-1)
except ValueError as exc:
    print("simple get:", exc)
print(queue.Full.__module__, queue.Empty.__mro__[1].__name__)
print(sorted(queue.__all__))
