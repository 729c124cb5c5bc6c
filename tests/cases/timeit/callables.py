import timeit

calls = []


def work():
    calls.append(1)


def setup():
    calls.clear()


t = timeit.timeit(work, setup=setup, number=1000)
print(type(t).__name__, t >= 0, len(calls))
times = timeit.repeat(work, setup=setup, repeat=3, number=10)
print(len(times), all(x >= 0 for x in times), len(calls))
timer = timeit.Timer(lambda: sum(range(100)))
print(timer.timeit(number=5) >= 0, len(timer.repeat(repeat=2, number=3)))
print(timeit.default_timer() > 0, timeit.default_number, timeit.default_repeat)

ticks = iter(range(0, 100, 5))
fake = timeit.Timer(work, timer=lambda: next(ticks))
print(fake.timeit(number=3), fake.timeit(number=7))
count, taken = timeit.Timer(work, timer=lambda: next(ticks)).autorange()
print(count, taken)
for bad in (5, None):
    try:
        timeit.Timer(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    timeit.Timer(work, setup=3.5)
except ValueError as e:
    print("ValueError:", e)
