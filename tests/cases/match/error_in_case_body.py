def f(p):
    match p:
        case [x, y]:
            return x / y
        case _:
            return None
print(f([4, 2]))
f([1, 0])
