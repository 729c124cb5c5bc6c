# Proxies travel to pool workers as arguments, and custom classes with
# __getstate__/__setstate__ travel by their state.
from multiprocessing import Pool, Manager, Queue


def worker(d, key):
    d[key] = key * 2


def appender(l, x):
    l.append(x)
    return len(l) > 0


class Token:
    def __init__(self, name):
        self.name = name
        self.cache = {"big": list(range(3))}

    def __getstate__(self):
        return {"name": self.name}

    def __setstate__(self, state):
        self.name = state["name"]
        self.cache = "rebuilt"


def describe(token):
    return token.name, token.cache


if __name__ == "__main__":
    with Manager() as m:
        d = m.dict()
        l = m.list()
        with Pool(4) as p:
            p.starmap(worker, [(d, i) for i in range(10)])
            print(all(p.starmap(appender, [(l, i) for i in range(5)])))
            print(p.apply(describe, (Token("t1"),)))
        print(sorted(d.items()))
        print(sorted(l))
        ns = m.Namespace(x=1)
        with Pool(1) as p:
            print(p.apply(getattr, (ns, "x")))
    q = Queue()
    q.put(Token("queued"))
    t = q.get()
    print(t.name, t.cache)
