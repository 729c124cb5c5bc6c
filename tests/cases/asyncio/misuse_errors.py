# The errors of the concurrency APIs when misused, as the tutorials show them.
import asyncio
import threading
import concurrent.futures
import queue
import multiprocessing

def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("Thread bad kw", lambda: threading.Thread(targt=print))
attempt("join unstarted", lambda: threading.Thread(target=print).join())
attempt("tpe 0", lambda: concurrent.futures.ThreadPoolExecutor(max_workers=0))
attempt("tpe -1", lambda: concurrent.futures.ThreadPoolExecutor(max_workers=-1))
ex = concurrent.futures.ThreadPoolExecutor()
ex.shutdown()
attempt("submit after shutdown", lambda: ex.submit(print))
attempt("ppe 0", lambda: concurrent.futures.ProcessPoolExecutor(max_workers=0))
attempt("asyncio.run non-coro", lambda: asyncio.run(print))
async def c(): return 1
attempt("create_task outside", lambda: asyncio.create_task(c()))
attempt("get_running_loop", lambda: asyncio.get_running_loop())
attempt("asyncio.Semaphore(-1)", lambda: asyncio.Semaphore(-1))
attempt("queue.Queue get_nowait", lambda: queue.Queue().get_nowait())
attempt("Barrier(0)", lambda: threading.Barrier(0).parties)
attempt("Pool(0)", lambda: multiprocessing.Pool(0))
attempt("Value bad", lambda: multiprocessing.Value('z', 1))
attempt("Lock release", lambda: threading.Lock().release())
attempt("RLock release", lambda: threading.RLock().release())
attempt("Condition wait unlocked", lambda: threading.Condition().wait())
attempt("Event wait", lambda: threading.Event().wait(0.001))
attempt("Timer bad", lambda: threading.Timer())
async def main():
    attempt("gather non-awaitable", lambda: asyncio.gather(1))
    attempt("ensure_future", lambda: asyncio.ensure_future(5))
    attempt("create_task non-coro", lambda: asyncio.create_task(print))
    try:
        await asyncio.wait([c()])
    except TypeError as e:
        print("wait coro", e)
    try:
        await asyncio.wait_for(c(), timeout=-1)
    except Exception as e:
        print("wait_for neg", type(e).__name__)
    q = asyncio.Queue(maxsize=1)
    q.put_nowait(1)
    attempt("put_nowait full", lambda: q.put_nowait(2))
    lock = asyncio.Lock()
    attempt("asyncio lock release", lambda: lock.release())
    f = asyncio.get_running_loop().create_future()
    attempt("future result", lambda: f.result())
    f.set_result(1)
    attempt("future set twice", lambda: f.set_result(2))
    t = asyncio.create_task(c())
    attempt("task set_result", lambda: t.set_result(3))
    await t
asyncio.run(main())
attempt("asyncio.run nested", lambda: asyncio.run(c()))
