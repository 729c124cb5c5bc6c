# doctest.testmod finds the examples of the module, its functions, classes and methods,
# runs them (expression values, printed output, expected exceptions, ELLIPSIS and
# <BLANKLINE>) and reports failures and the summary as CPython does, quiet and verbose.
"""
Binary search and friends.

>>> binary_search([1, 3, 5], 3)
1
"""


def binary_search(arr: list, target: int) -> int:
    """
    Return index of target or -1.

    >>> binary_search([1, 2, 3, 4], 4)
    3
    >>> binary_search([], 1)
    -1
    >>> binary_search([1, 2], "x")
    Traceback (most recent call last):
        ...
    TypeError: '<' not supported between instances of 'int' and 'str'
    >>> [binary_search(list(range(10)), t) for t in (0, 9, 10)]
    [0, 9, -1]
    """
    lo, hi = 0, len(arr) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


class Stack:
    """
    >>> s = Stack()
    >>> s.push(1)
    >>> s.push(2)
    >>> s.pop()
    2
    >>> print(s)
    Stack([1])
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        """
        >>> Stack().push(5) is None
        True
        """
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def __repr__(self):
        return f"Stack({self.items})"


def wrong(n):
    """
    >>> wrong(2)
    5
    >>> wrong(3)  # doctest: +ELLIPSIS
    6...
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    """
    return n * 2


if __name__ == "__main__":
    import doctest

    print(doctest.testmod())
    doctest.testmod(verbose=True)
