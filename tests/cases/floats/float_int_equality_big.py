print(float(2**53) == 2**53, float(2**53) == 2**53 + 1)
print(1e20 == 10**20, 1e23 == 10**23)
print(int(1e23))
print(2**1000 == float(2**1000), 2**1000 + 1 > float(2**1000))
