x = 1
def f(a=x):
    return a
x = 2
print(f(), f(5), x)

def g(n=2 * 3):
    return n
print(g())
