# "What Is the Python GIL?": reference counts, and a CPU-bound countdown run once in
# one thread and split over two.
import sys
import time
from threading import Thread

a = []
b = a
print(sys.getrefcount(a))


def counted():
    x = [1]
    y = x
    z = x
    return sys.getrefcount(x)


print(counted())


class Node:
    pass


node = Node()
registry = {"node": node}
print(sys.getrefcount(node))
print(sys.getrefcount([]))

COUNT = 200000


def countdown(n):
    while n > 0:
        n -= 1


start = time.time()
countdown(COUNT)
end = time.time()
print('Time taken in seconds -', end - start >= 0)

t1 = Thread(target=countdown, args=(COUNT // 2,))
t2 = Thread(target=countdown, args=(COUNT // 2,))
start = time.time()
t1.start()
t2.start()
t1.join()
t2.join()
end = time.time()
print('Time taken in seconds -', end - start >= 0)
print(sys.getswitchinterval())
try:
    sys.getrefcount()
except TypeError as e:
    print(e)
