import heapq

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: heapq.heappush(1, 2))
attempt(lambda: heapq.heappush([]))
attempt(lambda: heapq.heappush([], 1, 2))
attempt(lambda: heapq.heappush([], 1, x=1))
attempt(lambda: heapq.heappop([]))
attempt(lambda: heapq.heappop((1,)))
attempt(lambda: heapq.heappop())
attempt(lambda: heapq.heappop([], x=1))
attempt(lambda: heapq.heapify())
attempt(lambda: heapq.heapify(3))
attempt(lambda: heapq.heapify([1], 2))
attempt(lambda: heapq.heapreplace([], 1))
attempt(lambda: heapq.heapreplace("ab", 1))
attempt(lambda: heapq.heappushpop({}, 1))
attempt(lambda: heapq.heappush([1], "a"))
attempt(lambda: heapq.heapify([1, "a", 2]))
attempt(lambda: heapq.heappush([{}], {}))
attempt(lambda: heapq.nlargest(2))
attempt(lambda: heapq.nsmallest(2, 5))
attempt(lambda: heapq.nsmallest(2, [1, 2], key=5))
print(heapq.heappush, heapq.heappop)
