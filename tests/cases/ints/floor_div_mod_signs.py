# Python floors toward negative infinity; the remainder takes the divisor's sign.
print(7 // 2, 7 % 2)
print(-7 // 2, -7 % 2)
print(7 // -2, 7 % -2)
print(-7 // -2, -7 % -2)
print(6 // 3, -6 // 3, 6 % -3)
print(0 // 5, 0 % -5)
print(1 // 10, -1 // 10, -1 % 10)
