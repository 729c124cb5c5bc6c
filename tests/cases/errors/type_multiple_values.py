def f(a, b=0):
    return a + b

f(1, a=2)
