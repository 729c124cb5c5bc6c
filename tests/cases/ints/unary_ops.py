x = 5
print(-x, +x, ~x)
print(- -x, -(-x), --x, -+-x)
print(-0, +0, -(2**80))
print(not x, not 0)
print(-True, +False, ~True)
