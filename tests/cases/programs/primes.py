def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True

count = 0
for n in range(100):
    if is_prime(n):
        print(n, end=" ")
        count += 1
print()
print("count:", count)
print(is_prime(2**31 - 1))
