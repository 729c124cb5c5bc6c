import heapq


class Task:
    def __init__(self, name, cost):
        self.name, self.cost = name, cost

    def __lt__(self, other):
        print("compare", self.name, other.name)
        return self.cost < other.cost

    def __repr__(self):
        return self.name


# Equal priorities fall through to the objects' own __lt__.
h = []
for prio, task in [(1, Task("a", 5)), (1, Task("b", 2)), (0, Task("c", 9)), (1, Task("d", 1))]:
    heapq.heappush(h, (prio, task))
print([heapq.heappop(h) for _ in range(len(h))])

print((1, Task("x", 1)) < (1, Task("y", 2)), [Task("p", 3)] > [Task("q", 2)])
try:
    (1, Task("x", 1)) <= (1, Task("y", 1))
except TypeError as e:
    print("TypeError:", e)
print(sorted([(2, Task("e", 1)), (2, Task("f", 0)), (1, Task("g", 7))]))
print(min([(1, Task("h", 4)), (1, Task("i", 3))]))
try:
    (1, object()) < (1, object())
except TypeError as e:
    print("TypeError:", e)
