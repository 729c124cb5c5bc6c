import multiprocessing


class Counter:
    def __init__(self, start):
        self.start = start

    def run(self, q):
        q.put(self.start + 1)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def send_points(q):
    q.put(Point(1, 2))
    q.put({"p": Point(3, 4), "t": (Point(5, 6),)})


def shout(arr):
    arr.value = arr.value.upper()


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=Counter(10).run, args=(q,))
    p.start()
    p.join()
    print(q.get())
    # With fork, any callable can be the target, a lambda too.
    p = multiprocessing.Process(target=lambda: q.put("lambda target"))
    p.start()
    p.join()
    print(q.get())
    p = multiprocessing.Process(target=send_points, args=(q,))
    p.start()
    print(q.get())
    print(q.get())
    p.join()

    arr = multiprocessing.Array('c', b"hello")
    print(arr.value, arr[:], arr[1], len(arr), arr.raw)
    print(repr(arr).split(" object at")[0])
    p = multiprocessing.Process(target=shout, args=(arr,))
    p.start()
    p.join()
    print(arr.value)
    arr.value = b"hi"
    print(arr.value, arr.raw)
    arr[0] = b"H"
    print(arr[:2])
    try:
        arr.value = b"too long!"
    except ValueError as e:
        print("ValueError:", e)
    blank = multiprocessing.Array('c', 3)
    print(blank.raw, blank.value)
    raw = multiprocessing.RawArray('c', b"ab")
    print(raw.value)
    ints = multiprocessing.Array('i', 3)
    print(ints[:], hasattr(ints, "value"), repr(ints).split(" object at")[0])
    v = multiprocessing.Value('d', 1.5)
    print(v.value, v)

    a, b = multiprocessing.Pipe()
    b.close()
    try:
        a.recv()
    except EOFError:
        print("EOFError")
    print(q.qsize(), q.empty())
