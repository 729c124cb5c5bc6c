def fib(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a

for n in range(0, 15):
    print(fib(n), end=" ")
print()
print(fib(100))
print(fib(500))
