src = """
def f(n):
    return 10 / n
print(f(2))
f(0)
"""
exec(src)
