from multiprocessing import Process, Queue

def producer(q, n):
    for i in range(n):
        q.put(i * i)
    q.put(None)

def consumer(q, results):
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
    results.put(("total", total))

jobs = Queue()
results = Queue()
c = Process(target=consumer, args=(jobs, results))
p = Process(target=producer, args=(jobs, 100))
c.start()
p.start()
p.join()
print(results.get())
c.join()
print(p.exitcode, c.exitcode, jobs.empty(), results.empty())
