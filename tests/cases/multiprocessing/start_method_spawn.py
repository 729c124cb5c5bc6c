import multiprocessing as mp

def worker(q, n):
    q.put(n * 2)

if __name__ == "__main__":
    mp.set_start_method("spawn")
    print(mp.get_start_method())
    try:
        mp.set_start_method("fork")
    except RuntimeError as e:
        print("RuntimeError:", e)
    mp.set_start_method("fork", force=True)
    print(mp.get_start_method())
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    procs = [ctx.Process(target=worker, args=(q, i)) for i in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(sorted(q.get() for _ in procs))
    try:
        mp.get_context("nope")
    except ValueError as e:
        print("ValueError:", e)
