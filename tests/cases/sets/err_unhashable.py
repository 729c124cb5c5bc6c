s = {1, 2}
try:
    s.add([])
except TypeError as e:
    print(e)
try:
    hash({1})
except TypeError as e:
    print(e)
print({1} in {frozenset([1])}, {2} in {frozenset([1])})
try:
    {{1}}
except TypeError as e:
    print(e)
{[1], 2}
