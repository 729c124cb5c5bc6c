from multiprocessing import Process, Manager, Lock
import multiprocessing


def add_entries(shared, results, lock, n):
    with lock:
        shared[n] = n * n
        results.append(n)


def bump(ns, counter, arr, lock):
    for _ in range(10):
        with lock:
            ns.total += 1
            counter.value += 1
    arr[0] = 99


if __name__ == '__main__':
    with Manager() as manager:
        print(type(manager).__name__)
        d = manager.dict()
        l = manager.list()
        lock = Lock()
        procs = [Process(target=add_entries, args=(d, l, lock, i)) for i in range(4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(sorted(d.items()), sorted(l))
        print(len(d), 2 in d, 7 in d, d.get(3), d.get(7, "none"))
        print(sorted(d.keys()), sorted(d.values()), sorted(d))
        print(type(d).__name__, repr(d).startswith("<DictProxy object, typeid 'dict' at 0x"))
        try:
            d["missing"]
        except KeyError as e:
            print("KeyError", e)
        d.update({"a": 1})
        print(d.pop("a"), d.setdefault("b", []), str(d) == str(dict(d.copy())))

        l2 = manager.list(range(5))
        l2 += [5, 6]
        l2.reverse()
        print(l2, len(l2), l2[0], l2[-1], list(l2), 3 in l2)
        l2.sort()
        print(l2.index(4), l2.count(0), l2.pop(), str(l2))
        try:
            l2[100]
        except IndexError as e:
            print("IndexError", e)

        ns = manager.Namespace()
        ns.total = 0
        counter = manager.Value('i', 0)
        arr = manager.Array('i', [1, 2, 3])
        procs = [Process(target=bump, args=(ns, counter, arr, lock)) for _ in range(3)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(ns.total, counter.value, counter.get(), arr[0], len(arr), str(ns), str(counter))
        try:
            ns.nothing
        except AttributeError as e:
            print("AttributeError", e)
        q = manager.Queue()
        q.put("from queue")
        print(q.get())
        print(multiprocessing.active_children()[0].name.startswith("SyncManager-"))
    print(multiprocessing.active_children())
    p = Process(target=print, args=("next process",))
    print(p.name)
    p.start()
    p.join()
