import threading

def worker():
    pass

class Custom(threading.Thread):
    def run(self):
        print("custom run", self.name)

a = threading.Thread(target=worker)
b = threading.Thread()
c = threading.Thread(target=worker, name="named")
d = Custom()
e = threading.Thread(target=worker, daemon=True)
for t in (a, b, c, d, e):
    print(repr(t))
d.start()
d.join()
r = repr(d)
print(r.startswith("<Custom(Thread-4, stopped "), r.endswith(">"))
a.start()
print(repr(a).startswith("<Thread(Thread-1 (worker), st"))
a.join()
print(repr(a).split(",")[1].split()[0])
print(threading.main_thread().name, threading.current_thread() is threading.main_thread())
print(repr(threading.main_thread()).startswith("<_MainThread(MainThread, started "))
c.name = "renamed"
print(c.name)
