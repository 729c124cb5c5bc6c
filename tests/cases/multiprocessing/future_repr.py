from concurrent.futures import ThreadPoolExecutor, Future
import threading

gate = threading.Event()


def mask(f):
    return repr(f).replace(hex(id(f)), "ADDR")


f = Future()
print(mask(f))
f.set_result(3.5)
print(mask(f))
g = Future()
g.set_exception(KeyError("k"))
print(mask(g))
with ThreadPoolExecutor(max_workers=1) as ex:
    running = ex.submit(gate.wait)
    queued = ex.submit(print, "never")
    print(mask(queued))
    queued.cancel()
    print(mask(queued))
    gate.set()
print(mask(running))
