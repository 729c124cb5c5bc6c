def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

print(factorial(50))
f = factorial(1000)
digits = str(f)
print(len(digits))
total = 0
for d in digits:
    total += int(d)
print(total)
trailing = 0
while f % 10 == 0:
    f //= 10
    trailing += 1
print(trailing)
