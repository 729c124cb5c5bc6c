def f(a):
    return len(a)

value = f("ok") + f(12)
