# Misused processes and pools: the frames of CPython's multiprocessing modules.
import multiprocessing
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc()


def noop():
    pass


if __name__ == "__main__":
    p = multiprocessing.Process(target=noop)
    show(p.join)
    p.start()
    show(p.start)
    p.join()
    p.close()
    show(p.is_alive)
    show(lambda: multiprocessing.Process(group=1))
    pool = multiprocessing.Pool(1)
    show(pool.join)
    r = pool.apply_async(noop)
    r.wait()
    pool.close()
    show(lambda: pool.map(noop, []))
    pool.join()
    show(lambda: multiprocessing.set_start_method("spawn"))
    show(lambda: pool.apply_async(noop))
    show(lambda: pool.__enter__())
