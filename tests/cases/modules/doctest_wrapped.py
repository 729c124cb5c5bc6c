# doctest finds functions behind decorators that set __wrapped__ (lru_cache, wraps).
from functools import lru_cache, wraps


@lru_cache(maxsize=None)
def fib(n: int) -> int:
    """
    >>> fib(10)
    55
    >>> fib(30)
    832040
    """
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def logged(f):
    @wraps(f)
    def inner(*a):
        return f(*a)
    return inner


@logged
def double(x):
    """
    >>> double(4)
    8
    """
    return 2 * x


if __name__ == "__main__":
    import doctest
    doctest.testmod(verbose=True)
