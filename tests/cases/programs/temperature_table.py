def c_to_f(c):
    return c * 9 / 5 + 32

c = -40
while c <= 100:
    print(c, c_to_f(c), c_to_f(float(c)) == c_to_f(c))
    c += 20
