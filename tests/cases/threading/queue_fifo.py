import queue
import threading

q = queue.Queue()
out = []

def producer(k):
    for i in range(50):
        q.put((k, i))

def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.append(item)
        q.task_done()

producers = [threading.Thread(target=producer, args=(k,)) for k in range(4)]
c = threading.Thread(target=consumer)
c.start()
for p in producers:
    p.start()
for p in producers:
    p.join()
q.join()
q.put(None)
c.join()
print(len(out), sorted(out) == [(k, i) for k in range(4) for i in range(50)])
for k in range(4):
    mine = [i for kk, i in out if kk == k]
    print(k, mine == list(range(50)))
print(q.qsize(), q.empty(), q.full())
