def double(n):
    return n * 2

def apply(func, value, times=1):
    for i in range(times):
        value = func(value)
    return value

g = double
print(g(4), apply(double, 3), apply(g, 1, times=10))
print(type(double))
