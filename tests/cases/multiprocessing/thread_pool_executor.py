from concurrent.futures import ThreadPoolExecutor, as_completed
import threading
import time

def fetch(n):
    time.sleep(0.01 * (5 - n))
    return "page %d" % n

with ThreadPoolExecutor(max_workers=3) as executor:
    futures = {executor.submit(fetch, n): n for n in range(5)}
    done = {}
    for future in as_completed(futures):
        done[futures[future]] = future.result()
    print([done[n] for n in range(5)])
    print(list(executor.map(fetch, [1, 2, 3])))
    names = set(executor.map(lambda _: threading.current_thread().name.rsplit("_", 1)[0], range(9)))
    print(names)
print(executor.submit.__name__)
try:
    executor.submit(fetch, 1)
except RuntimeError as e:
    print(e)
