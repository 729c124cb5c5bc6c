# A generator expression must be parenthesized unless it is the sole argument.
print(sum(x for x in range(3)), 1)
print(sum(x for x in range(3)), sum((x for x in range(3)), 10))
print(max(x for x in range(3), 5))
