def choose(n, k):
    result = 1
    for i in range(1, k + 1):
        result = result * (n - k + i) // i
    return result

for n in range(7):
    line = ""
    for k in range(n + 1):
        line += str(choose(n, k)) + " "
    print(line)
print(choose(100, 50))
