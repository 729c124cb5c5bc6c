print(min("hello"), max("hello"))
print(min((4, 2, 8)), max([4, 2, 8]))
print(min(range(5, 10)), max(range(5, 10)))
