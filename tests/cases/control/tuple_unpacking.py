a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, (y, z)) = (1, (2, 3))
print(x, y, z)
p, q, r = "xyz"
print(p, q, r)
[m, n] = (10, 20)
print(m, n)
a, b, c = c, a, b = 7, 8, 9
print(a, b, c)
