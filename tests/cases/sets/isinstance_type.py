print(type({1}).__name__, type(frozenset()).__name__, type(set()) is set)
print(isinstance({1}, set), isinstance(frozenset(), frozenset), isinstance(frozenset(), set))
print(set.__name__, frozenset.__name__)
print(callable(set.add), hasattr(frozenset(), 'add'), hasattr(set(), 'add'))
