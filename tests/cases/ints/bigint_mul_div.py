a = 123456789123456789123456789
b = 987654321987654321
print(a * b)
print(a * -b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a - a, a + -a)
print((a * b) // b == a)
print(a * a * a)
