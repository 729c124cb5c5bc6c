# Results that fit a machine word again must compare and print like small ints.
x = 2**64
y = x - 2**64 + 7
print(y, y == 7, y * 6)
z = (2**100 + 3) % 2**100
print(z, z + 1)
print(2**70 // 2**68)
