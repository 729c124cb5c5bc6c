import time, random, math, sys, os
def timer(func):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs)
        elapsed = time.perf_counter() - start
        print(f"{func.__name__} took {'fast' if elapsed < 10 else 'slow'}")
        return result
    return wrapper

@timer
def compute(n):
    return sum([i * i for i in range(n)])

print(compute(1000))
def memo(f):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return inner
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
c(); c()
print(c())
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
random.seed(42)
print(random.randint(1, 100), random.choice("abc"), round(random.random(), 6))
nums = list(range(10))
random.shuffle(nums)
print(nums, random.sample(range(100), 3) if hasattr(random, "sample") else None)
print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18), math.factorial(10), math.isclose(0.1 + 0.2, 0.3))
print(sys.argv[0].endswith("t6.py"), type(sys.version), os.path.basename("/a/b/c.txt"), os.path.join("a", "b"))
def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    except TypeError as e:
        return str(e)
print(divide(1, 0), divide(1, "x"), divide(6, 3))
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        print("ValueError:", e)
parse("12a"); parse(""); parse("3.5")
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    int("x")
except (ValueError, TypeError) as e:
    print(type(e).__name__)
try:
    raise RuntimeError
except RuntimeError as e:
    print(repr(e), str(e) == "")
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
x = [1, 2, 3]
try:
    x[10]
except IndexError as e:
    print(e)
try:
    (1, 2)[5]
except IndexError as e:
    print(e)
try:
    "abc"[9]
except IndexError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    f = lambda a: a
    f(1, 2)
except TypeError as e:
    print(e)
try:
    import nonexistent_mod
except ImportError as e:
    print(type(e).__name__, e)
try:
    print(undefined_name)
except NameError as e:
    print(e)
class A: pass
try:
    A().missing
except AttributeError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError))
