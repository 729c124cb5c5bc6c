# deque's operators: += extends in place, * repeats (keeping the last maxlen items),
# and deques order as lists of their items do.
from collections import deque

d = deque([1, 2, 3], maxlen=4)
alias = d
d += [4, 5]
print(d, alias is d)
d *= 2
print(d, alias is d)
print(deque([1, 2]) * 3, 2 * deque("ab"), deque([1]) * 0, deque([1, 2]) * -1, deque([1]) * True)
print(deque([1, 2], maxlen=3) * 2, deque([1, 2, 3], maxlen=5) * 2**61, deque([], maxlen=3) * 5)
x = deque([1])
x += "ab"
print(x)
x += x
print(x)
print(deque([[1]]) * 2)

print(deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 5]), deque() <= deque(), deque("b") > deque("ab"))
print(sorted([deque([3]), deque([1, 2]), deque([1])]))
print(3 in deque([1, 3]), 9 in deque([1, 3]))

for bad in ["x", 1.5, None]:
    try:
        deque([1]) * bad
    except TypeError as e:
        print(e)
try:
    x += 5
except TypeError as e:
    print(e)
try:
    deque([1]) + [2]
except TypeError as e:
    print(e)
