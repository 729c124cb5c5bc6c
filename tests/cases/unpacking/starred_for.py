for x, *y in [(1, 2, 3), (4,), 'ab']:
    print(x, y)
for *init, tail in ['abc', [1]]:
    print(init, tail)
print([b for a, *b in [(1, 2), (3, 4, 5)]])
