from multiprocessing import Process, Value, Array, Lock

def f(n, a):
    n.value = 3.1415927
    for i in range(len(a)):
        a[i] = -a[i]

def add_500_lock(total, lock):
    for i in range(100):
        with lock:
            total.value += 5

if __name__ == '__main__':
    num = Value('d', 0.0)
    arr = Array('i', range(10))
    p = Process(target=f, args=(num, arr))
    p.start()
    p.join()
    print(num.value)
    print(arr[:])
    total = Value('i', 500)
    lock = Lock()
    ps = [Process(target=add_500_lock, args=(total, lock)) for _ in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(total.value)
    print(repr(num)[:28], type(arr).__name__)
    v = Value('i', 5, lock=False)
    print(type(v).__name__, v.value)
    c = Array('c', b'hello')
    print(c.value, c[:], len(c))
