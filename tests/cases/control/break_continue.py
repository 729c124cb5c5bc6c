for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print(i)
n = 0
while True:
    n += 1
    if n < 3:
        continue
    print("n reached", n)
    break
