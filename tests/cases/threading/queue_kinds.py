import queue

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
sq = queue.SimpleQueue()
for x in [5, 1, 4, 2, 3, 9, 0]:
    lq.put(x)
    pq.put((x, str(x)))
    sq.put(x)
print([lq.get() for _ in range(7)])
print([pq.get() for _ in range(7)])
print([sq.get() for _ in range(7)])
print(lq.empty(), pq.empty(), sq.empty())
