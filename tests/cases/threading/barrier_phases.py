import threading

b = threading.Barrier(3, action=lambda: log.append("action"))
log = []
lock = threading.Lock()

def worker(i):
    for phase in range(2):
        with lock:
            log.append(("arrive", phase))
        b.wait()

threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
print(b.parties, b.n_waiting, b.broken)
b2 = threading.Barrier(2)
try:
    b2.wait(0.01)
except threading.BrokenBarrierError:
    print("broken", b2.broken)
b2.reset()
print(b2.broken)
