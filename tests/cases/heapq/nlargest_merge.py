import heapq

nums = [5, 1, 8, 3, 9, 2, 7, 1, 0, 6, 8]
print(heapq.nlargest(3, nums))
print(heapq.nsmallest(3, nums))
print(heapq.nlargest(1, nums), heapq.nsmallest(1, nums))
print(heapq.nlargest(0, nums), heapq.nsmallest(-2, nums))
print(heapq.nlargest(20, nums))
print(heapq.nsmallest(20, iter(nums)))
print(heapq.nlargest(2, []), heapq.nsmallest(2, []))

words = ["kiwi", "fig", "banana", "apple", "date", "cherry", "elderberry", "plum"]
print(heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(3, words, key=len))
print(heapq.nsmallest(4, words, key=lambda w: w[-1]))
print(heapq.nlargest(4, words, key=lambda w: w[-1]))

portfolio = [
    {"name": "IBM", "shares": 100, "price": 91.1},
    {"name": "AAPL", "shares": 50, "price": 543.22},
    {"name": "FB", "shares": 200, "price": 21.09},
    {"name": "HPQ", "shares": 35, "price": 31.75},
    {"name": "YHOO", "shares": 45, "price": 16.35},
    {"name": "ACME", "shares": 75, "price": 115.65},
]
print([s["name"] for s in heapq.nsmallest(3, portfolio, key=lambda s: s["price"])])
print([s["name"] for s in heapq.nlargest(3, portfolio, key=lambda s: s["price"])])

# Equal keys keep their original order, as sorted() would.
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
print(heapq.nsmallest(3, pairs, key=lambda p: p[0]))
print(heapq.nlargest(3, pairs, key=lambda p: p[0]))

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(list(heapq.merge([], [1, 2], [])))
print(list(heapq.merge()))
print(list(heapq.merge([9, 5, 1], [8, 4], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([(1, "x"), (2, "x")], [(1, "y"), (2, "y")], key=lambda p: p[0])))
m = heapq.merge(iter(range(0, 10, 3)), range(1, 10, 3))
print(next(m), next(m), list(m))
