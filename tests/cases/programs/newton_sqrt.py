def sqrt(x):
    guess = x / 2
    for i in range(30):
        guess = (guess + x / guess) / 2
    return guess

print(sqrt(2.0), sqrt(9.0), sqrt(1e10))
print(sqrt(2.0) ** 2)
