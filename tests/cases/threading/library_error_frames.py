# The errors of queues, threads, barriers and locks show the frames of CPython's library.
import queue
import threading
import traceback
import asyncio
import multiprocessing

def show(fn):
    try:
        fn()
    except BaseException:
        traceback.print_exc()

q = queue.Queue(maxsize=1)
show(q.get_nowait)
show(lambda: q.get(timeout=0.01))
q.put(1)
show(lambda: q.put_nowait(2))
show(lambda: q.put(2, timeout=0.01))
show(q.task_done)
t = threading.Thread(target=print)
show(t.join)
t.start(); t.join()
show(t.start)
show(lambda: threading.Thread(target=print, daemon=True).__setattr__("daemon", 1) or t.__setattr__("daemon", True))
b = threading.Barrier(1)
b.abort()
show(b.wait)
show(threading.BoundedSemaphore(1).release)
async def main():
    aq = asyncio.Queue(maxsize=1)
    show(aq.get_nowait)
    aq.put_nowait(1)
    show(lambda: aq.put_nowait(2))
    show(aq.task_done)
    show(asyncio.Lock().release)
    show(lambda: asyncio.get_running_loop().run_until_complete(None))
asyncio.run(main())
if __name__ == "__main__":
    mq = multiprocessing.Queue()
    show(mq.get_nowait)
    show(lambda: mq.get(timeout=0.01))
    mq.close()
    for fn in (lambda: mq.put(1), mq.get):
        try:
            fn()
        except ValueError as e:
            print([(f.lineno, f.name, f.line) for f in traceback.extract_tb(e.__traceback__)][1:])
