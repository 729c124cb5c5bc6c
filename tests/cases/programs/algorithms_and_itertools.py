from collections import deque, namedtuple, OrderedDict
import itertools, functools, operator

def bfs(graph, start):
    seen, order, q = {start}, [], deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nb in graph[node]:
            if nb not in seen:
                seen.add(nb)
                q.append(nb)
    return order

g = {'A': ['B', 'C'], 'B': ['D'], 'C': ['D', 'E'], 'D': ['F'], 'E': ['F'], 'F': []}
print(bfs(g, 'A'))

def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])
print(quicksort([5, 3, 8, 1, 9, 2, 7]))

def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target: return mid
        if xs[mid] < target: lo = mid + 1
        else: hi = mid - 1
    return -1
print(binary_search(list(range(0, 100, 3)), 27), binary_search([1, 2], 5))

@functools.lru_cache(maxsize=None)
def lcs(a, b):
    if not a or not b: return 0
    if a[0] == b[0]: return 1 + lcs(a[1:], b[1:])
    return max(lcs(a[1:], b), lcs(a, b[1:]))
print(lcs("ABCBDAB", "BDCABA"))

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p._asdict(), p._replace(x=10), Point._fields, p == (3, 4))
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, list(od.keys()))
print(list(itertools.permutations("abc", 2))[:4], list(itertools.combinations(range(4), 2)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.chain([1], (2, 3))))
print(list(itertools.islice(itertools.count(10, 5), 3)), list(itertools.product("ab", repeat=2)))
print([(k, list(v)) for k, v in itertools.groupby("aaabbc")])
print(functools.reduce(operator.mul, range(1, 6)), sorted([(1, 'b'), (1, 'a')], key=operator.itemgetter(1)))
print(list(zip(*[iter(range(6))] * 2)), list(map(lambda x, y: x * y, [1, 2], [3, 4])))
print(list(filter(None, [0, 1, '', 'a', None])), list(enumerate("ab", start=1)))
print(sum(range(101)), min("hello"), max([3, 1], default=0), max([], default=None))
squares = {x: x * x for x in range(5)}
print(squares, {v: k for k, v in squares.items()})
print([[0] * 3 for _ in range(2)], [list(row) for row in zip([1, 2], [3, 4])])
nested = [[1, [2, 3]], [4, [5, [6]]]]
def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten(nested)))
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.takewhile(lambda x: x < 50, fib_gen())))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)], [sum(col) for col in zip(*matrix)])
transposed = list(map(list, zip(*matrix)))
print(transposed)
print(sorted({"b": 2, "a": 1}.items()), sorted("hello", reverse=True))
print(" | ".join(f"{k}={v}" for k, v in sorted(squares.items())))
stack = []
for ch in "(a[b]{c})":
    if ch in "([{": stack.append(ch)
    elif ch in ")]}":
        print("match", stack.pop(), ch)
print(divmod(17, 5), 17 // 5, -17 // 5, 17 % -5, 2 ** -1, 10 / 4, 1e300 * 1e10, -(2 ** 63))
print(int(3.9), int(-3.9), round(3.14159, 3), round(1234.5, -2), abs(-0.0), float("inf") > 10 ** 100)
print(f"{1/3:.4f} {2/3:.0%} {1e-7:g} {123456789:e} {0.1:.20f}")
print(str(1.0), str(1e22), repr(1e-5), 3.0 == 3, 0.1 + 0.2 == 0.3, 1_000_000)
print(bool([]), bool([0]), None is None, [] == [], [] is [], "a" < "b" < "c")
