import multiprocessing
import time

def work(i):
    time.sleep(0.05 * i)
    print("worker", i, multiprocessing.current_process().name,
          "parent", multiprocessing.parent_process().name)

procs = [multiprocessing.Process(target=work, args=(i,)) for i in range(4)]
for p in procs:
    p.start()
for p in procs:
    p.join()
print([p.exitcode for p in procs], multiprocessing.active_children())
print(multiprocessing.parent_process())
