# next() on an iterator class lets its __next__'s StopIteration through, with that
# frame in the traceback; a default replaces it.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration("done counting")
        self.n -= 1
        return self.n + 1


c = Countdown(2)
print(list(Countdown(3)), next(c), next(c), next(c, "default"))
try:
    next(c)
except StopIteration as e:
    print("caught", e.args, e.value)
next(Countdown(0))
