import multiprocessing as mp
import threading


def waiter(cond, ready, q):
    with cond:
        ok = cond.wait_for(lambda: ready.value == 1, timeout=30)
    q.put(("woke", ok))


def at_barrier(barrier, q):
    q.put(("index", barrier.wait(timeout=30)))


def broken(barrier, q):
    try:
        barrier.wait(timeout=30)
    except threading.BrokenBarrierError:
        q.put(("broken", barrier.broken))


if __name__ == "__main__":
    q = mp.SimpleQueue()
    cond = mp.Condition()
    ready = mp.Value('i', 0)
    procs = [mp.Process(target=waiter, args=(cond, ready, q)) for _ in range(2)]
    for p in procs:
        p.start()
    with cond:
        ready.value = 1
        cond.notify_all()
    for p in procs:
        p.join()
    print(sorted([q.get(), q.get()]))
    with cond:
        print(cond.wait(timeout=0.01))
        print(cond.wait_for(lambda: True))

    barrier = mp.Barrier(3)
    procs = [mp.Process(target=at_barrier, args=(barrier, q)) for _ in range(2)]
    for p in procs:
        p.start()
    main_index = barrier.wait(timeout=30)
    for p in procs:
        p.join()
    print(sorted([main_index, q.get()[1], q.get()[1]]), barrier.parties, barrier.broken)

    b2 = mp.Barrier(2)
    p = mp.Process(target=broken, args=(b2, q))
    p.start()
    while b2.n_waiting < 1:
        pass
    b2.abort()
    p.join()
    print(q.get(), p.exitcode)

    bs = mp.BoundedSemaphore(1)
    bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

    p = mp.Process(target=print, args=("closing",))
    p.start()
    p.join()
    p.close()
    for action in (p.is_alive, p.join, p.start, p.terminate, lambda: p.exitcode, lambda: p.pid):
        try:
            action()
        except ValueError as e:
            print("ValueError:", e)
