from multiprocessing import Process, Value, Lock

def add(counter, lock, n):
    for _ in range(n):
        with lock:
            counter.value += 1

counter = Value('i', 0)
lock = Lock()
procs = [Process(target=add, args=(counter, lock, 500)) for _ in range(4)]
for p in procs:
    p.start()
for p in procs:
    p.join()
print(counter.value)
print(counter)
