import threading

def show(a, b=2, *rest, c=3, **kw):
    print(a, b, rest, c, sorted(kw.items()))

for args, kwargs in [((1,), {}), ((1, 5, 6, 7), {"c": 9, "z": 0}), ((), {"a": 4})]:
    t = threading.Thread(target=show, args=args, kwargs=kwargs)
    t.start()
    t.join()

class Sub(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"sub-{n}")
        self.n = n
        self.out = None

    def run(self):
        self.out = self.n * self.n

subs = [Sub(i) for i in range(4)]
for s in subs:
    s.start()
for s in subs:
    s.join()
print([(s.name, s.out) for s in subs])
