import multiprocessing

# Each worker prints on its turn, whatever the order the processes get to run.
def work(i, turns):
    turns[i].wait()
    print("worker", i, multiprocessing.current_process().name,
          "parent", multiprocessing.parent_process().name, flush=True)
    if i + 1 < len(turns):
        turns[i + 1].set()

turns = [multiprocessing.Event() for _ in range(4)]
procs = [multiprocessing.Process(target=work, args=(i, turns)) for i in range(4)]
for p in procs:
    p.start()
turns[0].set()
for p in procs:
    p.join()
print([p.exitcode for p in procs], multiprocessing.active_children())
print(multiprocessing.parent_process())
