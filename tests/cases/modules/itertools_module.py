import itertools
from itertools import count, cycle, repeat, chain, islice, product, permutations, combinations

print(list(islice(count(5), 4)), list(islice(count(0, 3), 5)), list(islice(count(1.5, 0.5), 3)))
c = count(10)
next(c)
print(c, count(5, 2), count(0.5), repeat(1, 3), repeat("a"))
print(list(islice(cycle("abc"), 7)), list(repeat(7, 3)), list(islice(repeat(0), 2)))
print(list(chain([1, 2], (3,), "ab")), list(chain.from_iterable([[1], [2, 3], []])))
print(list(islice(range(10), 2, 8, 2)), list(islice("abcdef", 3)), list(islice(range(10), 4, None)))
print(list(product("ab", [1, 2])), list(product(range(2), repeat=3))[:4])
print(list(permutations([1, 2, 3])))
print(list(permutations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(itertools.combinations_with_replacement("abc", 2)))
print(list(combinations([1, 2], 3)), list(permutations([], 0)))
print(list(itertools.accumulate([1, 2, 3, 4, 5])), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
for key, group in itertools.groupby("aaabbcaa"):
    print(key, list(group))
data = [("a", 1), ("a", 2), ("b", 3), ("c", 4), ("c", 5)]
for key, group in itertools.groupby(data, key=lambda p: p[0]):
    print(key, [v for _, v in group])
print([k for k, _ in itertools.groupby([1, 1, 2, 3, 3, 3])])
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.zip_longest([1, 2], [3])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(itertools.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.filterfalse(lambda x: x % 2, range(8))))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
print(list(itertools.pairwise("abcd")), list(itertools.pairwise([1])))
print(type(chain()).__name__, isinstance(chain(), chain))
total = 0
for i in count():
    if i > 100:
        break
    total += i
print(total)


def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(islice, [1], -1)
attempt(islice, [1], 0, 5, 0)
attempt(permutations, [1], -1)
attempt(combinations, [1])
attempt(count, "a")
attempt(product, [1], repeat=-1)
attempt(itertools.tee, [1], -1)
list(chain([1], 5))
