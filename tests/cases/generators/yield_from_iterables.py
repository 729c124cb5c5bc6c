# yield from any iterable; send() to a plain iterator needs its send method.
class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n

def d4():
    r = yield from It()
    print("It returned", r)

print(list(d4()))

def d5():
    yield from [1, 2]

g5 = d5()
next(g5)
try:
    g5.send(5)
except AttributeError as e:
    print(e)

def d6():
    yield from 5

try:
    next(d6())
except TypeError as e:
    print(e)

def flatten(x):
    if isinstance(x, list):
        for i in x:
            yield from flatten(i)
    else:
        yield x

print(list(flatten([1, [2, [3, 4], 5], [[6]]])))
print(list(flatten([])))
