from multiprocessing.pool import ThreadPool
from multiprocessing.dummy import Pool as DummyPool
import multiprocessing.dummy as dummy
import threading


def square(x):
    return x * x


def whoami(_):
    return threading.current_thread().name.split(" ")[-1]


def fails(x):
    raise ValueError("bad %d" % x)


shared = []

with ThreadPool(4) as pool:
    print(pool)
    print(pool.map(square, range(10)))
    print(sorted(pool.imap_unordered(square, range(5))))
    print(list(pool.imap(square, range(5), chunksize=2)))
    print(pool.apply_async(square, (7,)).get())
    print(pool.starmap(pow, [(2, 3), (3, 2)]))
    print(set(pool.map(whoami, range(8))))
    # Threads share this process's objects: no copies.
    pool.map(shared.append, range(3))
    print(sorted(shared))
    pool.map(lambda x: x, [1])
    try:
        pool.map(fails, [1, 2])
    except ValueError as e:
        print("ValueError", e, e.__cause__)
print(pool)

with DummyPool(2) as p:
    print(type(p).__name__, p.map(len, ["a", "bb"]))

p = dummy.Process(target=shared.append, args=("from dummy",))
print(p.exitcode)
p.start()
p.join()
print(p.exitcode, shared[-1], dummy.current_process().name)
print(dummy.active_children())
q = dummy.Queue()
q.put(1)
print(q.get())
