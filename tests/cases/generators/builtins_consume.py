# Builtins consume generators through the iterator protocol.
def squares(n):
    for i in range(n):
        yield i * i

print(list(squares(5)))
print(tuple(squares(4)))
print(sum(squares(10)))
print(max(squares(6)), min(squares(6)))
print(sorted(squares(4), reverse=True))
print(dict(zip("abc", squares(3))))
print(list(enumerate(squares(3))))
print(list(map(str, squares(3))))
print(list(filter(lambda v: v % 2, squares(6))))
print(any(x > 10 for x in squares(5)), all(x < 10 for x in squares(5)))
print(", ".join(str(x) for x in squares(4)))
print(list(reversed(list(squares(3)))))
a, b, c = squares(3)
print(a, b, c)
print(4 in squares(4), 5 in squares(4))
for i, sq in enumerate(squares(3)):
    print(i, sq)
