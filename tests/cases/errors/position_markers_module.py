a = 10
b = 0
result = (a * 2) + (a // b)
