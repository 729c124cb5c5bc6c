# The camelCase names threading keeps from Python 2 still work, with a
# DeprecationWarning that points at the caller.
import threading

t = threading.Thread(target=print, args=("run",), name="worker")
print(t.isDaemon())
t.setDaemon(True)
print(t.daemon)
print(t.getName())
t.setName("renamed")
print(t.name)
t.start()
t.join()
print(threading.currentThread().name)
print(threading.activeCount())
e = threading.Event()
print(e.isSet())
c = threading.Condition()
with c:
    c.notifyAll()
print("done")
