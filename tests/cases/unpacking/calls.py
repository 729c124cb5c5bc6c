def f(*args, **kwargs):
    return args, sorted(kwargs.items())
a = [1, 2]
b = (3,)
print(f(*a, *b))
print(f(0, *a, 9, *b, x=1))
print(f(**{'p': 1}, **{'q': 2}))
print(f(*a, **{'r': 1}, s=2, **{'t': 3}))
def g(x, y, z):
    return x + y * z
print(g(*[1], *[2], **{'z': 3}))
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
try:
    g(1, *[2], **{'y': 5, 'z': 1})
except TypeError as e:
    print(e)
try:
    f(*1)
except TypeError as e:
    print(e)
try:
    g(1, *None, **{})
except TypeError as e:
    print(e)
try:
    print(*5)
except TypeError as e:
    print(e)
