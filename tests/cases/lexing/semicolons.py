a = 1; b = 2; print(a + b)
if a: print("one-line if"); print("second stmt")
while b > 0: b = b - 1; print("b", b)
for i in range(2): print("i", i);
x = 5;
print(x)
