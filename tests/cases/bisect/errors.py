import bisect

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: bisect.bisect_left(3, 1))
attempt(lambda: bisect.bisect_left([1, 2], 1, -1))
attempt(lambda: bisect.bisect_left([1, 2], 1, 0, 5))
attempt(lambda: bisect.bisect_left([1, 2]))
attempt(lambda: bisect.bisect_left())
attempt(lambda: bisect.bisect_left(x=1))
attempt(lambda: bisect.bisect_left([1, 2], 1, 2, 3, 4))
attempt(lambda: bisect.bisect_left([1, 2], 1, lo="a"))
attempt(lambda: bisect.bisect_left([1, 2], 1, 0, "x"))
attempt(lambda: bisect.bisect_left([1, 2], 1, None))
attempt(lambda: bisect.bisect_left([1, 2], 1, 0, lo=1))
attempt(lambda: bisect.bisect([1, 2], 1, y=3))
attempt(lambda: bisect.insort((1, 2), 1))
attempt(lambda: bisect.insort([1, 2]))
attempt(lambda: bisect.insort([1, 2], 1, 0, 3, 4))
attempt(lambda: bisect.insort_left([1, 2], 1, q=0))
attempt(lambda: bisect.bisect_left([1, 2], 1, key=3))
attempt(lambda: bisect.bisect_left([1, "a"], 2))
attempt(lambda: bisect.bisect_right([1, 2], 1, 2**70))
print(bisect.bisect, bisect.insort_left)
