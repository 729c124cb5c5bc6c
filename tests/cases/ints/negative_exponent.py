print(2**-1)
print(10**-2)
print((-2)**-3)
print(4**-0.5)
print(1**-5)
x = -1
print(5**x, type(5**x))
