def trace(label, value):
    print("eval", label)
    return value

def f(a, b, c=0):
    return a + b + c

print(f(trace("a", 1), trace("b", 2), c=trace("c", 3)))
print(f(b=trace("b", 10), a=trace("a", 20)))
