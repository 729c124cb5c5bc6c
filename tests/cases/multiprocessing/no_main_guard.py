# Tutorials start processes at module level: the fork start method runs only the target.
from multiprocessing import Process
import os

print("module body runs once")

def child():
    print("child pid differs:", os.getpid() != parent_pid)

parent_pid = os.getpid()
p = Process(target=child)
p.start()
p.join()
print("done")
