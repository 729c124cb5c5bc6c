def build(n):
    s = ""
    for i in range(n):
        s += "ab"
        if i % 10 == 0:
            s += "xyz" * 2
    return s

print(len(build(400_000)))
