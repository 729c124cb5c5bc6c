import functools
from functools import reduce, partial, wraps, lru_cache, cache, total_ordering, cmp_to_key

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(max, [3, 9, 2]), reduce(lambda acc, x: acc + [x * 2], [1, 2], []))


def power(base, exp, mod=None):
    return base ** exp if mod is None else pow(base, exp, mod)


square = partial(power, exp=2)
print(square(7), partial(power, 2)(10), partial(power, 2, mod=5)(10))
print(square.func is power, square.args, square.keywords, partial(max, 1).args)
print(repr(partial(max, 1, 2)), repr(partial(max, key=abs)))
print(list(map(partial(int, base=2), ["101", "11"])))


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)

    return wrapper


@logged
def add(a, b):
    return a + b


print(add(2, 3), add.__name__)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__name__)


@lru_cache
def slow_square(x):
    print("computing", x)
    return x * x


print(slow_square(4), slow_square(4), slow_square(5), slow_square.cache_info())


@lru_cache(maxsize=2)
def ident(x):
    return x


for i in [1, 2, 1, 3, 2, 1]:
    ident(i)
print(ident.cache_info(), ident.cache_info().hits)


@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1


print(factorial(20), factorial.cache_info().misses)


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"Version({self.major}, {self.minor})"


a, b = Version(1, 2), Version(1, 3)
print(a < b, a > b, a <= b, a >= b, a == b, sorted([b, a]), max(a, b))


def compare_len(x, y):
    return len(x) - len(y)


print(sorted(["ccc", "a", "bb"], key=cmp_to_key(compare_len)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)))


def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(reduce, lambda a, b: a, [])
attempt(reduce, 1)
attempt(partial)
attempt(partial, 1)
attempt(lru_cache, maxsize="a")
reduce(lambda a, b: a + b, [])
