import multiprocessing

def worker(tasks, done):
    while True:
        n = tasks.get()
        if n is None:
            tasks.task_done()
            break
        done.put(n * 10)
        tasks.task_done()

tasks = multiprocessing.JoinableQueue()
done = multiprocessing.Queue()
w = multiprocessing.Process(target=worker, args=(tasks, done), daemon=True)
w.start()
for n in range(5):
    tasks.put(n)
tasks.put(None)
tasks.join()
print(sorted(done.get() for _ in range(5)))
w.join()
