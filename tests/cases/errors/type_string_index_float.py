s = "abc"
print(s[1.0])
