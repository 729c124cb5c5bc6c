p = 1
for i in range(1, 26):
    p = p * i
print(p)
while p % 10 == 0:
    p = p // 10
print(p)
print(p % 1000)
