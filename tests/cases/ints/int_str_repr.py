print(str(-0), repr(10**20), str(-10**25))
print(repr(-5), str(000))
x = 2**64
print(x, repr(x), str(x))
print(len(str(2**1000)))
