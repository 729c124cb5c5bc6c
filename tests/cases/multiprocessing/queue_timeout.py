import multiprocessing
import queue

q = multiprocessing.Queue()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get_nowait()
except queue.Empty:
    print("Empty without waiting")
q.put("x")
q.put("y")
print(q.get(), q.get(timeout=1), q.empty())
bounded = multiprocessing.Queue(maxsize=1)
bounded.put(1)
print(bounded.full())
try:
    bounded.put(2, timeout=0.05)
except queue.Full:
    print("Full after timeout")
