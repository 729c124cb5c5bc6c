a = "ab" + "c"
b = "a" + "bc"
print(a == b, a != b)
c = ""
for ch in "abc":
    c += ch
print(c == a, len(c))
print("abc" * 2 == "abcabc")
