# Built-in generic aliases over type variables: __parameters__ and substitution
# (Pair = tuple[T, T]; Pair[int]) with the count errors.
from typing import TypeVar, List, Dict
T = TypeVar("T"); K = TypeVar("K")
Pair = tuple[T, T]
print(Pair, Pair.__parameters__, Pair[int], dict[K, list[T]].__parameters__, dict[K, list[T]][str, int])
print(list[List[T]][int], list[List[T]].__parameters__, list[int].__parameters__)
for bad in (lambda: list[int][str], lambda: Pair[int, str], lambda: dict[K, T][int]):
    try:
        bad()
    except TypeError as e:
        print(e)
