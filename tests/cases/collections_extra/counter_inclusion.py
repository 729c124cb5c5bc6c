"""Counters compare as multisets: missing elements count as zero."""
from collections import Counter

a, b = Counter(a=1, b=2), Counter(a=1, b=2, c=0)
pairs = [(a, b), (Counter(a=1), Counter(a=2)), (Counter(a=2, b=1), Counter(a=1)),
         (Counter(a=-1), Counter()), (Counter(), Counter(x=1)), (Counter(a=1.5), Counter(a=1))]
for x, y in pairs:
    print(x, y, x == y, x != y, x <= y, x < y, x >= y, x > y)
print(Counter("aab") <= Counter("aabbc"), Counter("abc") < Counter("ab"))
for other in [{"a": 1}, 5]:
    try:
        Counter(a=1) <= other
    except TypeError as e:
        print(e)
print(Counter(a=1).__lt__({"a": 2}))
