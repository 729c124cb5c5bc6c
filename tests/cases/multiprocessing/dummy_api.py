# multiprocessing.dummy beyond the pool: Value, process children, starting from the
# wrong thread, and the re-exported threading and queue names.
import threading
import multiprocessing.dummy as dummy

v = dummy.Value('i', 3)
v.value += 4
print(v, v.value, dummy.freeze_support(), dummy.JoinableQueue is dummy.Queue)
print(dummy.Lock is threading.Lock, dummy.Event is threading.Event)

gate = threading.Event()
p = dummy.Process(target=gate.wait, name='waiter')
print(p.exitcode, p.name, p.daemon, isinstance(p, threading.Thread))
p.start()
print([c.name for c in dummy.active_children()], p.exitcode)
gate.set()
p.join()
print(dummy.active_children(), p.exitcode)

made = []
holder = threading.Thread(target=lambda: made.append(dummy.Process(target=print)))
holder.start()
holder.join()
try:
    made[0].start()
except RuntimeError as e:
    print('RuntimeError', str(e).split(' but ')[0].split('(')[0])
print(dummy.current_process() is threading.current_thread())
with dummy.Pool(processes=2, initializer=print, initargs=('init',)) as pool:
    print(sorted(pool.map(abs, [-1, -2, 3])))
