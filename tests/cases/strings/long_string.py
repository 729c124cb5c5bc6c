s = "abc" * 100000
print(len(s))
print(s[0], s[-1], s[150000])
t = s + s
print(len(t))
