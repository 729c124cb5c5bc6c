import multiprocessing

def producer(ns, event):
    ns.value = 'This is the value'
    event.set()

def consumer(ns, event):
    try:
        print('Before event: {}'.format(ns.value))
    except Exception as err:
        print('Before event, error:', str(err))
    event.wait()
    print('After event:', ns.value)

def worker(d, key, value):
    d[key] = value

if __name__ == '__main__':
    mgr = multiprocessing.Manager()
    namespace = mgr.Namespace()
    event = multiprocessing.Event()
    c = multiprocessing.Process(target=consumer, args=(namespace, event))
    c.start()
    c.join(0.2)
    p = multiprocessing.Process(target=producer, args=(namespace, event))
    p.start()
    c.join()
    p.join()

    d = mgr.dict()
    jobs = [multiprocessing.Process(target=worker, args=(d, i, i * 2)) for i in range(5)]
    for j in jobs:
        j.start()
    for j in jobs:
        j.join()
    print('Results:', sorted(d.items()))
    l = mgr.list(range(3))
    l.append(3)
    print(list(l), len(l))
