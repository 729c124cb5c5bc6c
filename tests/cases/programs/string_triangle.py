def triangle(n):
    out = ""
    for i in range(1, n + 1):
        out += " " * (n - i) + "*" * (2 * i - 1) + "\n"
    return out

print(triangle(5), end="")
row = ""
for i in range(10):
    row += str(i % 10)
print(row)
