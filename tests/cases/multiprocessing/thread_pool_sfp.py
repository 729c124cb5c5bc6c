from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION
from time import sleep
import threading

def task(name):
    sleep(0.01 * (name % 3))
    return f'Task {name} done'

with ThreadPoolExecutor(4) as exe:
    for result in exe.map(task, range(6)):
        print(result)

with ThreadPoolExecutor(max_workers=2, thread_name_prefix='Worker') as exe:
    future = exe.submit(lambda: threading.current_thread().name)
    print(future.result().startswith('Worker_'))
    print(exe._max_workers)

def work_fail(n):
    if n == 1:
        raise Exception('Something bad happened')
    return n

with ThreadPoolExecutor() as exe:
    futures = [exe.submit(work_fail, i) for i in range(3)]
    for f in futures:
        e = f.exception()
        print(type(e).__name__ if e else None, f.done(), f.cancelled())

exe = ThreadPoolExecutor(1)
f1 = exe.submit(sleep, 0.1)
f2 = exe.submit(sleep, 0.1)
print('cancel running:', f1.cancel(), 'cancel pending:', f2.cancel())
print(f2.cancelled(), repr(f2).split(' at ')[0])
exe.shutdown()
print(repr(f1).split(' at ')[0], f1.result())
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print('ValueError:', e)
try:
    ThreadPoolExecutor(initializer=1)
except TypeError as e:
    print('TypeError:', e)
