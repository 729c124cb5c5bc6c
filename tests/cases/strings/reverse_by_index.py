s = "stressed"
out = ""
i = len(s) - 1
while i >= 0:
    out += s[i]
    i -= 1
print(out)
r = ""
for ch in s:
    r = ch + r
print(r, r == out)
