a, *b = [1, 2, 3]
print(a, b)
*a, b = 'xyz'
print(a, b)
first, *mid, last = range(6)
print(first, mid, last)
a, *b, c = (1, 2)
print(a, b, c)
*a, = {7}
print(a)
[x, *y] = iter([1, 2, 3])
print(x, y)
(p, *q), r = [1, 2], 3
print(p, q, r)
d = {}
d['k'], *d['rest'] = 'abc'
print(d)
