# A TheAlgorithms-style file: doctest.testmod() over passing examples prints nothing,
# then the script part runs.
"""
https://en.wikipedia.org/wiki/Bubble_sort
"""
from typing import Any


def bubble_sort(collection: list[Any]) -> list[Any]:
    """Pure implementation of bubble sort algorithm in Python

    :param collection: some mutable ordered collection with heterogeneous
    comparable items inside
    :return: the same collection ordered by ascending

    Examples:
    >>> bubble_sort([0, 5, 2, 3, 2])
    [0, 2, 2, 3, 5]
    >>> bubble_sort([0, 5, 2, 3, 2]) == sorted([0, 5, 2, 3, 2])
    True
    >>> bubble_sort([]) == sorted([])
    True
    >>> bubble_sort([-2, -45, -5]) == sorted([-2, -45, -5])
    True
    >>> bubble_sort(['d', 'a', 'b', 'e'])
    ['a', 'b', 'd', 'e']
    >>> bubble_sort([1.1, 3.3, 5.5, 7.7, 2.2, 4.4, 6.6])
    [1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7]
    >>> import random
    >>> collection_arg = random.sample(range(-50, 50), 100)
    >>> bubble_sort(collection_arg) == sorted(collection_arg)
    True
    """
    length = len(collection)
    for i in reversed(range(length)):
        swapped = False
        for j in range(i):
            if collection[j] > collection[j + 1]:
                swapped = True
                collection[j], collection[j + 1] = collection[j + 1], collection[j]
        if not swapped:
            break  # Stop iteration if the collection is sorted.
    return collection


def factorial(num: int) -> int:
    """
    >>> factorial(5)
    120
    >>> factorial(-1)
    Traceback (most recent call last):
        ...
    ValueError: Number should not be negative.
    >>> [factorial(i) for i in range(10)]
    [1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880]
    >>> factorial(0.5)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: whatever
    """
    if num < 0:
        raise ValueError("Number should not be negative.")
    if num != int(num):
        raise ValueError("only integers")
    return 1 if num in (0, 1) else num * factorial(num - 1)


class Graph:
    """
    >>> g = Graph()
    >>> g.add_edge(0, 1)
    >>> g.add_edge(1, 2)
    >>> g.graph
    {0: [1], 1: [2]}
    >>> g.bfs(0)
    [0, 1, 2]
    """

    def __init__(self) -> None:
        self.graph: dict[int, list[int]] = {}

    def add_edge(self, u: int, v: int) -> None:
        self.graph.setdefault(u, []).append(v)

    def bfs(self, start: int) -> list[int]:
        from collections import deque
        seen, q, out = {start}, deque([start]), []
        while q:
            n = q.popleft()
            out.append(n)
            for m in self.graph.get(n, []):
                if m not in seen:
                    seen.add(m)
                    q.append(m)
        return out


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    user_input = "5,3,1"
    unsorted = [int(item) for item in user_input.split(",")]
    print(*bubble_sort(unsorted), sep=",")
    print(f"{factorial(10) = }")
