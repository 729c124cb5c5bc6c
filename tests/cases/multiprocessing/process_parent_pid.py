# A child process knows its parent: os.getppid() in the child is the parent's pid.
import os
from multiprocessing import Process, Queue


def info(q):
    q.put((os.getppid(), os.getpid()))


if __name__ == "__main__":
    q = Queue()
    p = Process(target=info, args=(q,))
    p.start()
    parent, child = q.get()
    p.join()
    print("parent is me:", parent == os.getpid())
    print("child is another process:", child != os.getpid())
    print("child pid:", child == p.pid)
    print(os.getppid() > 0)
