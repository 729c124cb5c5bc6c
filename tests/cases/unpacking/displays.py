a = [1, 2]
b = (3, 4)
print([*a, *b, 5], [0, *a], [*a])
print((*a, *b), (*a,), (*'xy', 1))
print({*a, *b, 1}, sorted({*'aab'}), {*range(3), 10})
print([*{'k': 1, 'j': 2}], [*range(3), *range(2)])
print({**{'a': 1}, 'x': 1, **{'a': 2, 'y': 3}})
print({'x': 0, **{}, 'z': 9}, {**{1: 2}})
print([*iter([1, 2]), *map(abs, [-3])])
