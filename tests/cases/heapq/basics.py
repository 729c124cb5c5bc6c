import heapq
import random

h = []
for x in [5, 1, 8, 3, 9, 2, 7, 1, 0, 6]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
print(out)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 4, 4]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 3), data)
print(heapq.heappushpop([], 7))

# Tuples order by priority, then by the tie-breaker.
tasks = []
for prio, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee"), (2, "review")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])

# A large random heap keeps the heap invariant and the same layout as CPython.
random.seed(7)
big = [random.randint(0, 1000) for _ in range(3000)]
heapq.heapify(big)
print(big[:20], all(big[(i - 1) // 2] <= big[i] for i in range(1, len(big))))
print([heapq.heappop(big) for _ in range(10)])
print(sorted(big) == [heapq.heappop(big) for _ in range(len(big))])

# Floats, strings, and a heap sort.
def heapsort(items):
    h = []
    for v in items:
        heapq.heappush(h, v)
    return [heapq.heappop(h) for _ in range(len(h))]

print(heapsort([3.5, -1.25, 2.0, 2, 1e9, -0.5]))
print(heapsort(["pear", "apple", "fig", "banana"]))

# Objects ordered by __lt__ alone.
class Job:
    def __init__(self, cost, name):
        self.cost, self.name = cost, name
    def __lt__(self, other):
        return self.cost < other.cost
    def __repr__(self):
        return f"Job({self.cost}, {self.name!r})"

jobs = [Job(5, "e"), Job(1, "a"), Job(3, "c"), Job(1, "b"), Job(4, "d")]
heapq.heapify(jobs)
print(jobs)
print([heapq.heappop(jobs).name for _ in range(5)])

# A list subclass is still a list.
class MyList(list):
    pass

m = MyList([4, 2, 3])
heapq.heapify(m)
heapq.heappush(m, 1)
print(m, type(m).__name__)
