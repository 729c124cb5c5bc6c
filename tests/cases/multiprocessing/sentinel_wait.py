from multiprocessing import Process, Pipe, Queue, SimpleQueue, JoinableQueue
from multiprocessing.connection import wait
import multiprocessing.connection


def task(conn, gate):
    gate.recv()
    conn.send("done")


def quick():
    pass


if __name__ == "__main__":
    gate_r, gate_w = Pipe()
    a, b = Pipe()
    p = Process(target=task, args=(b, gate_r))
    try:
        p.sentinel
    except ValueError as e:
        print("ValueError:", e)
    p.start()
    print(wait([p.sentinel, a], timeout=0.01))
    gate_w.send("go")
    print(wait([a]) == [a], a.recv())
    p.join()
    print(wait([p.sentinel]) == [p.sentinel])
    print(wait([p.sentinel, a], timeout=0) == [p.sentinel])

    procs = [Process(target=quick) for _ in range(3)]
    for q in procs:
        q.start()
    sentinels = [q.sentinel for q in procs]
    while sentinels:
        for s in wait(sentinels):
            sentinels.remove(s)
    for q in procs:
        q.join()
    print([q.exitcode for q in procs])
    # Asked for after the process was reaped: ready at once.
    late = Process(target=quick)
    late.start()
    late.join()
    print(wait([late.sentinel], timeout=5) == [late.sentinel])
    late.close()

    print(multiprocessing.connection.Connection is type(a))
    for cls in (Queue, SimpleQueue, JoinableQueue):
        q = cls()
        print(repr(q).split(" object at")[0])
    q = Queue()
    q.close()
    try:
        q.put(1)
    except ValueError as e:
        print("ValueError:", str(e).replace(hex(id(q)), "ADDR"))
