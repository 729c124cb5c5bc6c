import threading

results = [None] * 5

def work(i, scale=1):
    results[i] = sum(range(i * 1000)) * scale

threads = [threading.Thread(target=work, args=(i,), kwargs={"scale": 2}) for i in range(5)]
for t in threads:
    print(t.name, t.is_alive(), t.ident is None, t.daemon)
    t.start()
for t in threads:
    t.join()
    print(t.name, t.is_alive(), type(t.ident).__name__, type(t.native_id).__name__)
print(results)
print(threading.active_count(), [t.name for t in threading.enumerate()])
