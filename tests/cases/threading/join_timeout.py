import threading

ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
t.join(0.02)
print(t.is_alive())
t.join(timeout=-1)
print(t.is_alive())
ev.set()
t.join()
print(t.is_alive())
