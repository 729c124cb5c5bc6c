# A failing augmented assignment names the augmented operator, as CPython does.
class Plain:
    pass


for stmt in [
    "x = 1; x += 'a'",
    "x = 'a'; x += 1",
    "x = [1]; x += 1",
    "x = 2; x **= 'a'",
    "x = None; x -= 1",
    "x = Plain(); x += 1",
    "x = (1,); x += [2]",
    "x = 1.5; x //= 's'",
    "x = 'a'; x *= 'b'",
    "x = {}; x |= 1",
    "x = 1; x <<= 1.5",
]:
    try:
        exec(stmt)
    except TypeError as e:
        print(e)


def total(items):
    result = 0
    for item in items:
        result += item
    return result


print(total([1, 2, 3]))
print(total([1, "2", 3]))
