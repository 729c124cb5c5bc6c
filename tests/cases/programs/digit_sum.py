def digit_sum(n):
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total

print(digit_sum(12345), digit_sum(0))
print(digit_sum(2**1000))
print(len(str(2**1000)))
