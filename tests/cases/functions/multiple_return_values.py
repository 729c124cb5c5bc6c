def divmod_floor(a, b):
    return a // b, a % b

q, r = divmod_floor(17, 5)
print(q, r)
print(divmod_floor(-17, 5))
def pair():
    return 1, "one"
t = pair()
print(t, len(t))
