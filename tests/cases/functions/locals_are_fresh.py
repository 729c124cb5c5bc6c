def counter(n):
    total = 0
    for i in range(n):
        total += i
    return total

print(counter(5), counter(5), counter(0))

def uses_param_name(x):
    x = x * 2
    return x

x = 10
print(uses_param_name(3), x)
