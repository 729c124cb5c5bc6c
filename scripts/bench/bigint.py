# CPython 3.11 refuses str() of ints above 4300 digits, so digit counts stay below that.
def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f

total = 0
for n in range(1000, 1400, 2):
    total += len(str(factorial(n)))
print(total, len(str(2**14000)))
