try:
    set(1, 2)
except TypeError as e:
    print(e)
try:
    set(5)
except TypeError as e:
    print(e)
try:
    {1}.add()
except TypeError as e:
    print(e)
try:
    {1}.pop(1)
except TypeError as e:
    print(e)
frozenset(3)
