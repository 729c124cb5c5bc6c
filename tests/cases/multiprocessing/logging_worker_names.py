# Logging from processes, threads and pool workers names each as CPython does:
# Process-N, ForkPoolWorker-N for a Pool, ForkProcess-N for a ProcessPoolExecutor.
import logging
import multiprocessing
import threading
import concurrent.futures

logging.basicConfig(level=logging.INFO, format="%(processName)s %(threadName)s %(funcName)s %(levelname)-8s %(name)s: %(message)s")
log = logging.getLogger("app")

def job(n):
    log.info("job %d", n)
    return n

def worker():
    log.warning("from thread")

if __name__ == "__main__":
    p = multiprocessing.Process(target=job, args=(1,))
    p.start(); p.join()
    t = threading.Thread(target=worker, name="T")
    t.start(); t.join()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as ex:
        list(ex.map(job, [2]))
    with multiprocessing.Pool(1) as pool:
        pool.map(job, [3])
    with concurrent.futures.ProcessPoolExecutor(max_workers=1) as ex:
        list(ex.map(job, [4]))
    mlog = multiprocessing.get_logger()
    print(mlog.name, mlog.level)
