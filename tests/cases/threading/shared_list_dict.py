import threading

shared = []
counts = {}

def worker(k):
    for i in range(2000):
        shared.append((k, i))
        counts.setdefault(k, 0)
        counts[(k, i % 10)] = i

threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), len(dict.fromkeys(shared)), len(counts))
print(all([counts[(k, d)] == 1990 + d for k in range(8) for d in range(10)]))
