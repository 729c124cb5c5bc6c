def no_return():
    x = 1

def bare_return():
    return

def conditional(n):
    if n > 0:
        return "positive"

print(no_return(), bare_return())
print(conditional(1), conditional(-1))
