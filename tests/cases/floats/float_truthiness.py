def check(x):
    if x:
        print(x, "is truthy")
    else:
        print(x, "is falsy")

check(0.0)
check(-0.0)
check(0.1)
check(float("nan"))
check(float("inf"))
print(not 0.0, bool(1e-300))
