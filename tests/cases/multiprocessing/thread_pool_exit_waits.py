# Work submitted to an executor that is never shut down still runs to the end before
# the interpreter exits, and no new work is accepted once it exits.
from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()


def job(n):
    gate.wait()
    print("finished", n)
    return n


executor = ThreadPoolExecutor(max_workers=1)
futures = [executor.submit(job, i) for i in range(3)]
print("main done submitting")
threading.Timer(0.01, gate.set).start()
