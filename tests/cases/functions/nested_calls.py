def square(n):
    return n * n

def add(a, b):
    return a + b

print(add(square(2), square(add(1, 2))))
print(square(square(square(2))))
