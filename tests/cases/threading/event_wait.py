import threading

ready = threading.Event()
go = threading.Event()
log = []

def worker():
    ready.set()
    go.wait()
    log.append("worker ran")

t = threading.Thread(target=worker)
t.start()
ready.wait()
print(ready.is_set(), go.is_set())
log.append("main set")
go.set()
t.join()
print(log)
print(threading.Event().wait(0.01))
e = threading.Event()
e.set()
print(e.wait(), e.is_set())
e.clear()
print(e.is_set())
