def f(a, b, c=3):
    print(a, b, c)

f(1, 2)
f(a=1, b=2)
f(b=2, a=1)
f(1, c=30, b=20)
f(1, 2, c=None)
