s = "python"
print(len(s), len(""), len("a b"))
print(s[0], s[5], s[-1], s[-6])
print(s[len(s) - 1], s[-len(s)])
i = 2
print(s[i] + s[i + 1])
print("xyz"[1])
