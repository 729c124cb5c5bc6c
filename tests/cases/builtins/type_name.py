print(type(3).__name__, type(1.5).__name__, type("").__name__)
print(type(None).__name__, type(False).__name__)
print(type(()).__name__, type(range(1)).__name__)
