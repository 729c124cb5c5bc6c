import queue
import threading

q = queue.Queue(maxsize=3)
got = []

def consumer():
    for _ in range(30):
        got.append(q.get())

t = threading.Thread(target=consumer)
t.start()
for i in range(30):
    q.put(i)
t.join()
print(got == list(range(30)), q.qsize())
