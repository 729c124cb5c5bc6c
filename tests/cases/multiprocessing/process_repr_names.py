import multiprocessing as mp

def noop():
    pass

p = mp.Process(target=noop)
q = mp.Process(target=noop, name="worker")
print(p.name, q.name, p.daemon, p.pid, p.exitcode)
p.daemon = True
print(p.daemon)
p.start()
p.join()
print(p.exitcode, p.pid is not None, p.is_alive())
print(mp.current_process().name, mp.current_process().daemon)
print(type(mp.cpu_count()).__name__, mp.cpu_count() >= 1)
try:
    p.start()
except AssertionError as e:
    print("AssertionError:", e)
try:
    q.join()
except AssertionError as e:
    print("AssertionError:", e)
print(mp.active_children())
