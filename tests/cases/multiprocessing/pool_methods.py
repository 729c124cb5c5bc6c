import multiprocessing

def add(a, b):
    return a + b

def cube(x):
    return x ** 3

def in_worker(_):
    return multiprocessing.current_process().name.startswith("ForkPoolWorker")

pool = multiprocessing.Pool(processes=3)
print(pool.starmap(add, [(1, 2), (3, 4), ("a", "b")]))
print(pool.apply(add, (5, 6)), pool.apply(add, (), {"a": 1, "b": 2}))
r = pool.apply_async(cube, (7,))
print(r.get(timeout=5), r.ready(), r.successful())
print(pool.map_async(cube, [1, 2, 3]).get())
print(list(pool.imap(cube, range(6))))
print(sorted(pool.imap_unordered(cube, range(6))))
print(all(pool.map(in_worker, range(6))))
pool.close()
pool.join()
try:
    pool.map(cube, [1])
except ValueError as e:
    print("ValueError:", e)
