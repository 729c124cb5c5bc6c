LIMIT = 3

def below_limit(n):
    return n < LIMIT

print(below_limit(2), below_limit(3))
LIMIT = 10
print(below_limit(5))
