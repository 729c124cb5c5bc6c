n = 2**200 + 12345
print(int(str(n)) == n)
print(int(str(-n)) == -n)
f = 0.1 + 0.2
print(float(str(f)) == f, float(repr(f)) == f)
print(str(int("-0")))
