from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool
import concurrent.futures
import logging


class Show(logging.Handler):
    def emit(self, record):
        print(record.levelname, record.name, record.getMessage(), record.exc_info[0].__name__)


logging.getLogger("concurrent.futures").addHandler(Show())


def bad_init(tag):
    raise RuntimeError("init failed " + tag)


pool = ThreadPoolExecutor(max_workers=1, initializer=bad_init, initargs=("x",))
f = pool.submit(pow, 2, 3)
try:
    f.result()
except BrokenThreadPool as e:
    print(type(e).__name__, e)
try:
    pool.submit(pow, 2, 3)
except concurrent.futures.BrokenExecutor as e:
    print("submit:", type(e).__name__, e)
pool.shutdown()
print(issubclass(BrokenThreadPool, RuntimeError))
