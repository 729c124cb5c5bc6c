a = b = c = 5
print(a, b, c)
b = 7
print(a, b, c)
x = y = "s"
x += "t"
print(x, y)
